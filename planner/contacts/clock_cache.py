"""Contact states kept up to date from the change log, so the This-week view
does not re-aggregate every visit of every person each time it opens.

The first call computes every person's state (about a second for 50,000
people and 300,000 visit attendances); later calls read the change log
entries written since (by this laptop or by a sync import), find the people
they concern and recompute only those. Thread-safe: the GUI warms it on its
worker."""

from __future__ import annotations

import threading
from typing import Iterable

from sqlalchemy import text

from planner.contacts.cadence import CadenceDefaults, ContactState, contact_states, current_defaults
from planner.store.database import Database

#: more changed people than this: recompute everyone
FULL_REFRESH = 5000
_CHUNK = 500
_WATCHED = ("stakeholder", "account", "visit", "visit_attendee", "contact_log", "contact_plan",
            "decision_role", "opportunity")


class ContactClock:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._seq = -1
        self._states: dict[str, ContactState] = {}

    def states(self, db: Database, defaults: CadenceDefaults) -> dict[str, ContactState]:
        with self._lock:
            key = (str(db.path), defaults)
            seq = _last_seq(db)
            if key != self._key:
                self._states = contact_states(db, defaults)
                self._key, self._seq = key, seq
            elif seq != self._seq:
                people = _affected(db, self._seq)
                if people is None or len(people) > FULL_REFRESH:
                    self._states = contact_states(db, defaults)
                else:
                    self._refresh(db, defaults, people)
                self._seq = seq
            return self._states

    def _refresh(self, db: Database, defaults: CadenceDefaults, people: set[str]) -> None:
        ids = sorted(people)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            fresh = contact_states(db, defaults, stakeholder_ids=chunk)
            for sid in chunk:
                if sid in fresh:
                    self._states[sid] = fresh[sid]
                else:
                    self._states.pop(sid, None)  # deleted, left, or their account deleted


def _last_seq(db: Database) -> int:
    with db.read() as s:
        return s.connection().execute(text("SELECT coalesce(max(seq), 0) FROM change_log")).scalar()


def _in(ids: Iterable[str]) -> tuple[str, dict[str, str]]:
    ids = list(ids)
    return ",".join(f":i{n}" for n in range(len(ids))) or "NULL", {f"i{n}": v for n, v in enumerate(ids)}


def _affected(db: Database, since: int) -> set[str] | None:
    """The people whose contact state may differ after change-log entry ``since``."""
    with db.read() as s:
        c = s.connection()
        rows = c.execute(text(
            "SELECT DISTINCT table_name, row_id FROM change_log WHERE seq > :s AND table_name IN "
            f"({','.join(repr(t) for t in _WATCHED)})"), {"s": since}).all()
        if len(rows) > FULL_REFRESH:
            return None
        by_table: dict[str, set[str]] = {}
        for table, row_id in rows:
            by_table.setdefault(table, set()).add(row_id)
        people = set(by_table.get("stakeholder", ()))
        # a visit attendance that moved to another person: the old one too
        moved = c.execute(text(
            "SELECT old_value FROM change_log WHERE seq > :s AND table_name = 'visit_attendee' "
            "AND field = 'stakeholder_id' AND old_value IS NOT NULL"), {"s": since}).scalars().all()
        people.update(str(v).strip('"') for v in moved)
        queries = {
            "contact_log": "SELECT stakeholder_id FROM contact_log WHERE id IN ({ids})",
            "contact_plan": "SELECT stakeholder_id FROM contact_plan WHERE id IN ({ids})",
            "decision_role": "SELECT stakeholder_id FROM decision_role WHERE id IN ({ids})",
            "visit_attendee": "SELECT stakeholder_id FROM visit_attendee WHERE id IN ({ids})",
            "visit": "SELECT stakeholder_id FROM visit_attendee WHERE visit_id IN ({ids})",
            "opportunity": "SELECT stakeholder_id FROM decision_role WHERE opportunity_id IN ({ids})",
            "account": "SELECT id FROM stakeholder WHERE account_id IN ({ids})",
        }
        for table, sql in queries.items():
            ids = sorted(by_table.get(table, ()))
            for i in range(0, len(ids), _CHUNK):
                marks, params = _in(ids[i:i + _CHUNK])
                people.update(v for v in c.execute(text(sql.format(ids=marks)), params).scalars() if v)
    return people


_CLOCK = ContactClock()


def cached_states(db: Database, defaults: CadenceDefaults | None = None) -> dict[str, ContactState]:
    """Every active person's contact state, kept current from the change log."""
    return _CLOCK.states(db, defaults or current_defaults())
