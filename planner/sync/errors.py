class BundleError(Exception):
    """A bundle that is refused: ``str()`` is one clear line; nothing was written."""
