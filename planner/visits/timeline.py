"""What happened with an account, an opportunity or a person, newest first:
visits, notes, logged contacts and value-proposition deliveries.

Reads select plain columns (no ORM objects) so an account with thousands of
visits loads in a few milliseconds."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import text

from planner.store.database import Database


_WALL = re.compile(r'"(\d{13})\.')


@dataclass(frozen=True)
class Entry:
    kind: str          # visit / note / contact_log / proposition_delivery
    id: str
    when: datetime
    title: str
    detail: str = ""
    status: str = ""   # visit status, contact channel, delivery reaction
    subkind: str = ""  # visit kind, contact kind
    private: bool = False


def _dt(v) -> datetime:
    if isinstance(v, datetime):
        return v
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day)
    s = str(v)
    return datetime.fromisoformat(s[:19] if len(s) > 10 else s)


_VISITS = ("SELECT v.id, v.starts_at, v.purpose, v.place, v.status, v.kind, v.notes_private FROM visit v "
           "WHERE +v.deleted = 0 AND {where}")
_NOTES = ("SELECT n.id, n.clocks, n.title, substr(n.body, 1, 200), n.private, n.visit_id FROM note n "
          "WHERE +n.deleted = 0 AND {where}")
_LOGS = ("SELECT c.id, c.contacted_on, c.note, s.name, c.channel, c.kind FROM contact_log c "
         "JOIN stakeholder s ON s.id = c.stakeholder_id WHERE +c.deleted = 0 AND +s.deleted = 0 AND {where}")
_DELIVERIES = ("SELECT d.id, d.delivered_on, p.title, d.note, d.reaction, d.channel FROM proposition_delivery d "
               "JOIN value_proposition p ON p.id = d.proposition_id "
               "LEFT JOIN visit v ON v.id = d.visit_id "
               "WHERE +d.deleted = 0 AND +p.deleted = 0 AND (d.visit_id IS NULL OR v.status = 'done') AND {where}")


def _note_when(clocks, visit_start: dict[str, datetime], visit_id: str | None) -> datetime:
    """A note is dated by its visit, else by when it was created (the
    oldest clock stamp on it: milliseconds since the epoch come first)."""
    if visit_id and visit_id in visit_start:
        return visit_start[visit_id]
    walls = _WALL.findall(clocks if isinstance(clocks, str) else json.dumps(clocks))
    if not walls:
        return datetime(1970, 1, 1)
    return datetime.fromtimestamp(int(min(walls)) / 1000).replace(microsecond=0)


def timeline(db: Database, account_id: str | None = None, opportunity_id: str | None = None,
             stakeholder_id: str | None = None, limit: int | None = None) -> list[Entry]:
    """Entries for the given scope (at least one of the three), newest first."""
    if not (account_id or opportunity_id or stakeholder_id):
        raise ValueError("timeline needs an account, an opportunity or a person")
    p = {"a": account_id, "o": opportunity_id, "s": stakeholder_id}
    wv, wn, wl, wd = [], [], [], []
    if account_id:
        wv.append("v.account_id = :a")
        wn.append("n.account_id = :a")
        wl.append("s.account_id = :a")
        wd.append("(p.account_id = :a OR p.opportunity_id IN (SELECT id FROM opportunity WHERE account_id = :a))")
    if opportunity_id:
        wv.append("v.opportunity_id = :o")
        wn.append("n.opportunity_id = :o")
        wl.append("0")  # contacts are with people, not deals
        wd.append("p.opportunity_id = :o")
    if stakeholder_id:
        wv.append("v.id IN (SELECT visit_id FROM visit_attendee WHERE stakeholder_id = :s AND deleted = 0)")
        wn.append("(n.stakeholder_id = :s OR n.visit_id IN (SELECT visit_id FROM visit_attendee "
                  "WHERE stakeholder_id = :s AND deleted = 0))")
        wl.append("c.stakeholder_id = :s")
        wd.append("d.stakeholder_id = :s")
    out: list[Entry] = []
    with db.read() as s:
        c = s.connection()
        visit_start: dict[str, datetime] = {}
        for vid, at, purpose, place, status, kind, private in c.execute(text(_VISITS.format(where=" AND ".join(wv))), p):
            when = _dt(at)
            visit_start[vid] = when
            out.append(Entry("visit", vid, when, purpose, place, status, kind, bool(private)))
        for nid, clocks, title, body, private, visit_id in c.execute(text(_NOTES.format(where=" AND ".join(wn))), p):
            if visit_id and visit_id not in visit_start:
                row = c.execute(text("SELECT starts_at FROM visit WHERE id = :v"), {"v": visit_id}).first()
                if row:
                    visit_start[visit_id] = _dt(row[0])
            out.append(Entry("note", nid, _note_when(clocks, visit_start, visit_id), title,
                             body, "", "", bool(private)))
        for lid, on, note, name, channel, kind in c.execute(text(_LOGS.format(where=" AND ".join(wl))), p):
            out.append(Entry("contact_log", lid, _dt(on), name, note, channel, kind))
        for did, on, title, note, reaction, channel in c.execute(text(_DELIVERIES.format(where=" AND ".join(wd))), p):
            out.append(Entry("proposition_delivery", did, _dt(on), title, note, reaction, channel))
    out.sort(key=lambda e: e.when, reverse=True)
    return out[:limit] if limit else out


def scope_choices(db: Database, account_id: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(id, name) of the account's opportunities and of its people, for
    choosing a timeline's scope (plain columns: cheap on big accounts)."""
    with db.read() as s:
        c = s.connection()
        opps = c.execute(text("SELECT id, name FROM opportunity WHERE account_id = :a AND +deleted = 0"),
                         {"a": account_id}).all()
        people = c.execute(text("SELECT id, name FROM stakeholder WHERE account_id = :a AND +deleted = 0"),
                           {"a": account_id}).all()
    return [tuple(r) for r in opps], [tuple(r) for r in people]
