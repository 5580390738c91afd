from planner.errors import WordedError


class StoreError(WordedError):
    """A problem with the database file the user can act on. ``str()`` is a
    complete one-line message (``text(lang)`` in the user's language);
    nothing has been changed."""
