"""The "This week" picture across all accounts: overdue contacts, contacts
due soon, follow-up actions due or overdue, and upcoming moments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text

from planner.contacts.cadence import CadenceDefaults, ContactState, current_defaults, due_contacts
from planner.contacts.moments import Moment, upcoming
from planner.visits.actions import DueAction, due_actions
from planner.store.database import Database


@dataclass
class ThisWeek:
    today: date
    overdue: list[ContactState]
    due_soon: list[ContactState]
    actions: list[DueAction]
    moments: list[Moment]
    #: moments the rep noted in contact plans: (person, account, account id, person id, text)
    noted: list[tuple[str, str, str, str, str]] = field(default_factory=list)


def noted_moments(db: Database) -> list[tuple[str, str, str, str, str]]:
    with db.read() as s:
        rows = s.connection().execute(text(
            "SELECT s.name, a.name, a.id, s.id, p.next_moment FROM contact_plan p CROSS "
            "JOIN stakeholder s ON s.id = p.stakeholder_id CROSS JOIN account a ON a.id = s.account_id "
            "WHERE +p.deleted = 0 AND +s.deleted = 0 AND +a.deleted = 0 AND p.next_moment != '' "
            "AND s.status = 'active'")).all()
    return sorted((tuple(r) for r in rows), key=lambda r: (r[1], r[0]))


def this_week(db: Database, today: date, defaults: CadenceDefaults | None = None,
              moment_days: int = 90, cached: bool = False) -> ThisWeek:
    defaults = defaults or current_defaults()
    due = due_contacts(db, today, defaults, cached=cached)
    return ThisWeek(today, [s for s, st in due if st == "overdue"], [s for s, st in due if st == "soon"],
                    due_actions(db, today, defaults.soon_days), upcoming(today, moment_days),
                    noted_moments(db))
