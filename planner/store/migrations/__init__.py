"""Numbered, transactional schema migrations.

Each migration is a file ``NNNN_name.sql`` in this folder. The database's
``PRAGMA user_version`` is the number of the last one applied. Migrations run
in one exclusive transaction after a backup copy of the file is taken; a
failure rolls back and leaves the file as it was. A database whose version is
newer than the newest migration here is refused, never touched.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_FOLDER = Path(__file__).parent
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    path: Path

    def statements(self) -> list[str]:
        text = self.path.read_text(encoding="utf-8")
        return [s.strip() for s in text.split(";\n") if s.strip() and not _only_comments(s)]


def _only_comments(chunk: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in chunk.splitlines())


def available() -> list[Migration]:
    found = []
    for path in sorted(_FOLDER.glob("*.sql")):
        m = _NAME.match(path.name)
        if m:
            found.append(Migration(int(m.group(1)), path))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return found


def latest_version() -> int:
    return len(available())


def apply(conn: sqlite3.Connection, current: int) -> int:
    """Apply every migration after ``current`` in one transaction on a
    connection in autocommit mode (isolation_level=None). Returns the new
    version. Raises and rolls back on any error."""
    pending = [m for m in available() if m.number > current]
    if not pending:
        return current
    conn.execute("BEGIN EXCLUSIVE")
    try:
        for migration in pending:
            for statement in migration.statements():
                conn.execute(statement)
        version = pending[-1].number
        conn.execute(f"PRAGMA user_version = {version:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
