"""The action plan: every action item of an account in one list, whatever it
came from (a visit, a decision chain, a control point, an objective, typed
in by hand), with the names of what it hangs on, and the filters of the
Plan tab (owner, due date, status, source)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from sqlalchemy import select

from planner.models import ActionItem, Objective, Opportunity, Stakeholder, Visit
from planner.services.records import as_dict
from planner.store.database import Database
from planner.text.sortkey import matches

#: the status filter's values
STATUSES = ("open", "overdue", "done", "all")


def is_overdue(action: dict[str, Any], today: date) -> bool:
    return (not action["done"]) and action["due_date"] is not None and action["due_date"] < today


def action_plan(db: Database, account_id: str, today: date) -> list[dict[str, Any]]:
    """All live actions of the account with ``objective_title``,
    ``opportunity_name``, ``stakeholder_name``, ``visit_date`` and ``overdue``;
    open ones first by due date (no date last), then done ones, latest first."""
    with db.read() as s:
        q = (select(ActionItem, Objective.title, Objective.deleted, Opportunity.name,
                    Stakeholder.name, Visit.starts_at)
             .outerjoin(Objective, Objective.id == ActionItem.objective_id)
             .outerjoin(Opportunity, Opportunity.id == ActionItem.opportunity_id)
             .outerjoin(Stakeholder, Stakeholder.id == ActionItem.stakeholder_id)
             .outerjoin(Visit, Visit.id == ActionItem.visit_id)
             .where(ActionItem.account_id == account_id, ActionItem.deleted.is_(False)))
        out = []
        for action, obj_title, obj_deleted, opp, person, visit_at in s.execute(q):
            d = as_dict(action)
            if obj_deleted:  # an objective removed since: the action stays, unlinked
                d["objective_id"], obj_title = None, None
            d.update(objective_title=obj_title or "", opportunity_name=opp or "",
                     stakeholder_name=person or "",
                     visit_date=visit_at.date() if visit_at else None,
                     overdue=is_overdue(d, today))
            out.append(d)
    return sorted(out, key=_order)


def _order(a: dict[str, Any]) -> tuple:
    if a["done"]:
        done = a["done_on"] or date.min
        return (1, -done.toordinal(), a["title"])
    due = a["due_date"] or date.max
    return (0, due.toordinal(), a["title"])


@dataclass(frozen=True)
class ActionFilter:
    """What the action plan shows. ``due_within``: only open actions due
    within that many days from today (overdue ones included)."""

    status: str = "open"
    owner: str = ""
    source: str = ""
    due_within: int | None = None
    text: str = ""

    def accepts(self, a: dict[str, Any], today: date) -> bool:
        if self.status == "open" and a["done"]:
            return False
        if self.status == "done" and not a["done"]:
            return False
        if self.status == "overdue" and not is_overdue(a, today):
            return False
        if self.owner and a["owner"] != self.owner:
            return False
        if self.source and a["source"] != self.source:
            return False
        if self.due_within is not None:
            if a["done"] or a["due_date"] is None or (a["due_date"] - today).days > self.due_within:
                return False
        return matches(self.text, a["title"], a["objective_title"], a["opportunity_name"],
                       names=(a["owner"], a["stakeholder_name"]))


def filter_actions(actions: Iterable[dict[str, Any]], f: ActionFilter, today: date) -> list[dict[str, Any]]:
    return [a for a in actions if f.accepts(a, today)]


def owners(actions: Iterable[dict[str, Any]]) -> list[str]:
    from planner.text.sortkey import sort_key

    return sorted({a["owner"] for a in actions if a["owner"]}, key=sort_key)


def completion(action: dict[str, Any], today: date) -> dict[str, Any]:
    """The fields that toggle an action done / not done (one keystroke)."""
    if action["done"]:
        return {"done": False, "done_on": None}
    return {"done": True, "done_on": today}
