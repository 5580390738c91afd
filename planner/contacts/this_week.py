"""The "This week" picture across all accounts: overdue contacts, contacts
due soon, follow-up actions due or overdue, and upcoming moments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.contacts.cadence import CadenceDefaults, ContactState, due_contacts
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


def this_week(db: Database, today: date, defaults: CadenceDefaults | None = None,
              moment_days: int = 45, cached: bool = False) -> ThisWeek:
    defaults = defaults or CadenceDefaults()
    due = due_contacts(db, today, defaults, cached=cached)
    return ThisWeek(today, [s for s, st in due if st == "overdue"], [s for s, st in due if st == "soon"],
                    due_actions(db, today, defaults.soon_days), upcoming(today, moment_days))
