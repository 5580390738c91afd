"""PDF reports: the account plan and the pre-visit brief (reportlab)."""
