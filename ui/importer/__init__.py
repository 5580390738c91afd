"""File → Import contacts… (a wizard: file, columns, preview) and
File → Export contacts…; the import is one undo step."""
