"""The base of errors a user reads: one clear line, in English and Chinese."""


class WordedError(Exception):
    """``str()`` is one clear line in English (the command line, logs);
    ``text(lang)`` the line in the user's language when it was worded in
    Chinese too."""

    def __init__(self, message: str = "", zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh

    def text(self, lang: str) -> str:
        return self.zh if self.zh and lang.startswith("zh") else str(self)
