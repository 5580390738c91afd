class BundleError(Exception):
    """A bundle that is refused: ``str()`` is one clear line; nothing was
    written. ``text(lang)`` is the line in the user's language when it was
    worded in Chinese too."""

    def __init__(self, message: str = "", zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh

    def text(self, lang: str) -> str:
        return self.zh if self.zh and lang.startswith("zh") else str(self)
