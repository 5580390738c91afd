"""What a command needs: the database (opened on first use) and the services."""

from __future__ import annotations

import sys
from functools import cached_property
from pathlib import Path

from planner.services import Records
from planner.store import Database, open_database
from planner.store.paths import resolve_db_path


class Context:
    def __init__(self, db_option: str | None) -> None:
        self.db_path: Path = resolve_db_path(db_option)
        self.explicit = bool(db_option)

    @cached_property
    def db(self) -> Database:
        """A path given with --db must be in an existing folder (a typo there
        must not start an empty database elsewhere); ``created`` tells the
        command line to name a new file, so a mistyped file name shows too."""
        new = not self.db_path.exists()
        db = open_database(self.db_path, create_folder=not self.explicit)
        self.created = new
        return db

    created = False

    def note_created(self) -> None:
        if self.created:
            print(f"planner: created a new database at {self.db_path}", file=sys.stderr)

    @cached_property
    def records(self) -> Records:
        return Records(self.db)

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
