"""Keeping in touch: contact cadence, who is due, moments worth a greeting,
and trust per person from the four dimensions (DOMAIN.md)."""
