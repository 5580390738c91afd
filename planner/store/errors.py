class StoreError(Exception):
    """A problem with the database file the user can act on. ``str()`` is a
    complete, translatable one-line message; nothing has been changed."""
