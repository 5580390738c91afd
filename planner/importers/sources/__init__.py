"""Readers of tabular files: each returns a :class:`SourceTable`."""
