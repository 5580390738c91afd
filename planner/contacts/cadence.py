"""Contact cadence: how often each person should be touched, and when each
was last touched (the latest of their contact logs and the done visits they
attended). Logging either resets the clock.

A person's cadence is their contact plan's ``cadence_days`` when they have
one, else the shortest default that applies to them (by buying role on an
open opportunity, by attitude "champion", by importance), else the default
for everyone else."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import text

from planner.store.database import Database


@dataclass(frozen=True)
class CadenceDefaults:
    """Days between contacts by buying role / attitude / importance."""

    decider: int = 30
    approver: int = 30
    champion: int = 14
    important: int = 30      # importance 4 or 5
    others: int = 60
    #: "due soon" means due within this many days
    soon_days: int = 7

    KEYS = ("decider", "approver", "champion", "important", "others")

    def for_person(self, roles: set[str], attitude: str, importance: int) -> int:
        options = [self.others]
        if "decider" in roles:
            options.append(self.decider)
        if "approver" in roles:
            options.append(self.approver)
        if attitude == "champion":
            options.append(self.champion)
        if importance >= 4:
            options.append(self.important)
        return min(options)


_CURRENT: CadenceDefaults | None = None


def current_defaults() -> CadenceDefaults:
    """The defaults in force: what the rep set in Preferences (read from the
    settings on first use, by the window and the command line alike), else
    the built-in ones. Every place that says who is overdue (This week, the
    map, its insights, the PDF plan) uses these unless given others."""
    global _CURRENT
    if _CURRENT is None:
        from planner.contacts.cadence_prefs import load

        _CURRENT = load()
    return _CURRENT


def set_defaults(defaults: CadenceDefaults | None) -> None:
    """Install ``defaults`` (None: read the settings again on next use)."""
    global _CURRENT
    _CURRENT = defaults


@dataclass
class ContactState:
    stakeholder_id: str
    name: str
    account_id: str
    account_name: str
    importance: int
    attitude: str
    cadence_days: int
    planned: bool                  # cadence from the person's own contact plan
    first_contact: date | None
    last_contact: date | None
    roles: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        #: the day the next contact is due, as a date ordinal (None: never contacted)
        self.due_ordinal = (self.last_contact.toordinal() + self.cadence_days
                            if self.last_contact is not None else None)

    def due_on(self, today: date) -> date:
        """Never contacted: due today."""
        if self.last_contact is None:
            return today
        return self.last_contact + timedelta(days=self.cadence_days)

    def status(self, today: date, soon_days: int) -> str:
        """overdue / soon / ok (never contacted counts as overdue)."""
        due = self.due_on(today)
        if self.last_contact is None or due < today:
            return "overdue"
        if due <= today + timedelta(days=soon_days):
            return "soon"
        return "ok"


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value if not isinstance(value, datetime) else value.date()
    return date.fromisoformat(str(value)[:10])


_PEOPLE = """
SELECT s.id, s.name, s.account_id, a.name, s.importance, s.attitude
FROM stakeholder s JOIN account a ON a.id = s.account_id
WHERE +s.deleted = 0 AND +a.deleted = 0 AND s.status = 'active' {where}
"""
_VISITED = """
SELECT va.stakeholder_id, min(v.starts_at), max(v.starts_at)
FROM visit_attendee va JOIN visit v ON v.id = va.visit_id
WHERE +va.deleted = 0 AND +v.deleted = 0 AND v.status = 'done' AND va.stakeholder_id IS NOT NULL {where}
GROUP BY va.stakeholder_id
"""
_LOGGED = """
SELECT c.stakeholder_id, min(c.contacted_on), max(c.contacted_on)
FROM contact_log c {join} WHERE c.deleted = 0 {where} GROUP BY c.stakeholder_id
"""
_PLANS = "SELECT p.stakeholder_id, p.cadence_days FROM contact_plan p {join} WHERE p.deleted = 0 {where}"
_ROLES = """
SELECT d.stakeholder_id, d.role FROM decision_role d JOIN opportunity o ON o.id = d.opportunity_id
WHERE d.deleted = 0 AND o.deleted = 0 AND o.status = 'open' {where}
"""


def contact_states(db: Database, defaults: CadenceDefaults | None = None,
                   account_id: str | None = None,
                   stakeholder_ids: list[str] | None = None) -> dict[str, ContactState]:
    """Every active person's cadence and first / last contact (by id)."""
    defaults = defaults or current_defaults()
    params: dict[str, Any] = {"acc": account_id}
    if account_id is not None:
        w_people, w_visit = "AND s.account_id = :acc", "AND v.account_id = :acc"
        join = "JOIN stakeholder s ON s.id = {t}.stakeholder_id"
        w_other, w_roles = "AND s.account_id = :acc", "AND o.account_id = :acc"
    else:
        w_people = w_visit = w_other = w_roles = join = ""
    if stakeholder_ids is not None:
        ids = ",".join(f":p{i}" for i in range(len(stakeholder_ids))) or "NULL"
        params.update({f"p{i}": sid for i, sid in enumerate(stakeholder_ids)})
        w_people += f" AND s.id IN ({ids})"
        w_visit += f" AND va.stakeholder_id IN ({ids})"
        w_other += f" AND {{t}}.stakeholder_id IN ({ids})"
        w_roles += f" AND d.stakeholder_id IN ({ids})"
    with db.read() as s:
        c = s.connection()
        people = c.execute(text(_PEOPLE.format(where=w_people)), params).all()
        visited = c.execute(text(_VISITED.format(where=w_visit)), params).all()
        logged = c.execute(text(_LOGGED.format(join=join.format(t="c"), where=w_other.format(t="c"))),
                           params).all()
        plans = c.execute(text(_PLANS.format(join=join.format(t="p"), where=w_other.format(t="p"))),
                          params).all()
        roles_rows = c.execute(text(_ROLES.format(where=w_roles)), params).all()
    first: dict[str, date] = {}
    last: dict[str, date] = {}
    for sid, lo, hi in (*visited, *logged):
        lo, hi = _day(lo), _day(hi)
        if lo and (sid not in first or lo < first[sid]):
            first[sid] = lo
        if hi and (sid not in last or hi > last[sid]):
            last[sid] = hi
    plan = {sid: days for sid, days in plans}
    roles: dict[str, set[str]] = {}
    for sid, role in roles_rows:
        roles.setdefault(sid, set()).add(role)
    out = {}
    for sid, name, acc, acc_name, importance, attitude in people:
        r = roles.get(sid, set())
        cadence = plan.get(sid) or defaults.for_person(r, attitude, importance or 3)
        out[sid] = ContactState(sid, name, acc, acc_name, importance or 3, attitude, cadence,
                                sid in plan, first.get(sid), last.get(sid), r)
    return out


def due_contacts(db: Database, today: date, defaults: CadenceDefaults | None = None,
                 account_id: str | None = None, cached: bool = False) -> list[tuple[ContactState, str]]:
    """People overdue or due within ``defaults.soon_days``: (state, status),
    most overdue first, then by importance. ``cached``: read the states kept
    current from the change log (see :mod:`planner.contacts.clock_cache`)."""
    defaults = defaults or current_defaults()
    if cached and account_id is None:
        from planner.contacts.clock_cache import cached_states

        states = cached_states(db, defaults)
    else:
        states = contact_states(db, defaults, account_id)
    today_n = today.toordinal()
    soon_n = today_n + defaults.soon_days
    found = []
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of small tuples: the cyclic collector would rescan the cache each time
    try:
        return _due(states, today_n, soon_n, found)
    finally:
        if collecting:
            gc.enable()


def _due(states: dict[str, ContactState], today_n: int, soon_n: int, found: list) -> list[tuple[ContactState, str]]:
    for state in states.values():  # integer days: this loop runs over every person
        due = state.due_ordinal
        if due is None or due < today_n:
            found.append(((today_n if due is None else due) * 8 - state.importance, state, "overdue"))
        elif due <= soon_n:
            found.append((due * 8 - state.importance, state, "soon"))
    found.sort(key=_first)  # by due day, then the more important first (a stable sort: no ties compared)
    return [(row[1], row[2]) for row in found]


def _first(row: tuple) -> int:
    return row[0]
