class ServiceError(Exception):
    """A user mistake or refused operation; ``str()`` is one clear line (in
    English, for the command line and logs); ``text(lang)`` the line in the
    user's language when the error was worded in Chinese too."""

    def __init__(self, message: str = "", zh: str | None = None) -> None:
        super().__init__(message)
        self.zh = zh

    def text(self, lang: str) -> str:
        return self.zh if self.zh and lang.startswith("zh") else str(self)


class ValidationError(ServiceError):
    pass


class NotFound(ServiceError):
    pass
