"""The local SQLite store: opening, migrations, backups, the instance lock."""

from planner.store.errors import StoreError
from planner.store.database import Database, open_database

__all__ = ["Database", "StoreError", "open_database"]
