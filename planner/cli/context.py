"""What a command needs: the database (opened on first use) and the services."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from planner.services import Records
from planner.store import Database, open_database
from planner.store.paths import resolve_db_path


class Context:
    def __init__(self, db_option: str | None) -> None:
        self.db_path: Path = resolve_db_path(db_option)

    @cached_property
    def db(self) -> Database:
        return open_database(self.db_path)

    @cached_property
    def records(self) -> Records:
        return Records(self.db)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
