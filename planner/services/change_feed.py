"""What changed in the database since a point of its change log: lets the
window catch up with writes made by another program (the command line, a
script) while it is open. Every write through the services is logged, so
the log's sequence number tells whether anything changed."""

from __future__ import annotations

from sqlalchemy import text

from planner.services import kinds
from planner.services.changes import ChangeSet
from planner.store import Database

#: beyond this many log rows the feed says "everything" (a whole import):
#: the window then reloads each view once instead of listing every id
MAX_ROWS = 200_000


def last_seq(db: Database) -> int:
    with db.read() as s:
        return s.execute(text("SELECT coalesce(max(seq), 0) FROM change_log")).scalar_one()


def changes_since(db: Database, seq: int) -> tuple[ChangeSet, int]:
    """The records written after log row ``seq`` (created, deleted or
    otherwise updated), and the last row read."""
    changes = ChangeSet()
    with db.read() as s:
        rows = s.execute(text(
            "SELECT seq, table_name, row_id, op FROM change_log WHERE seq > :seq ORDER BY seq LIMIT :n"),
            {"seq": seq, "n": MAX_ROWS}).all()
    for _seq, kind, row_id, op in rows:
        if kind not in kinds.MODELS:
            continue
        what = {"create": "created", "delete": "deleted"}.get(op, "updated")
        changes.add(what, kind, row_id)
    return changes, (rows[-1][0] if rows else seq)
