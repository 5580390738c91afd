from planner.errors import WordedError


class BundleError(WordedError):
    """A bundle that is refused: ``str()`` is one clear line; nothing was
    written (``text(lang)``: the line in the user's language)."""
