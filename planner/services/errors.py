class ServiceError(Exception):
    """A user mistake or refused operation; ``str()`` is one clear line."""


class ValidationError(ServiceError):
    pass


class NotFound(ServiceError):
    pass
