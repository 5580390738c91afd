from planner.errors import WordedError

__all__ = ["WordedError", "ServiceError", "ValidationError", "NotFound"]


class ServiceError(WordedError):
    """A user mistake or refused operation."""


class ValidationError(ServiceError):
    pass


class NotFound(ServiceError):
    pass
