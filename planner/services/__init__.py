"""The services layer: the one way to read and write the domain.

The GUI and the command line both go through these functions, so the same
validation, clock stamping, change logging and change-sets hold for both.
"""

from planner.services.changes import ChangeSet
from planner.services.errors import NotFound, ValidationError
from planner.services.records import Records

__all__ = ["ChangeSet", "NotFound", "Records", "ValidationError"]
