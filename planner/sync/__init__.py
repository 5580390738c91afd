"""Sync primitives: hybrid logical clock and (later) bundles and merging."""
