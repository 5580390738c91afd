"""Objectives of an account with the actions that serve them and how far
each has come."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from planner.models import Objective
from planner.plan.actions import action_plan
from planner.services.records import as_dict
from planner.store.database import Database


def progress(objective: dict[str, Any]) -> float | None:
    """actual / target as a fraction (None when either is missing or the
    target is zero)."""
    target, actual = objective.get("target"), objective.get("actual")
    if target is None or actual is None or target == 0:
        return None
    return actual / target


def objectives(db: Database, account_id: str, today: date) -> list[dict[str, Any]]:
    """The account's objectives (period, then due date, then title), each
    with ``actions`` (its action items, as in the action plan),
    ``progress``, ``open_actions`` and ``overdue_actions``."""
    with db.read() as s:
        rows = [as_dict(o) for o in s.scalars(select(Objective).where(
            Objective.account_id == account_id, Objective.deleted.is_(False)))]
    by_objective: dict[str, list[dict[str, Any]]] = {}
    for a in action_plan(db, account_id, today):
        if a["objective_id"]:
            by_objective.setdefault(a["objective_id"], []).append(a)
    for o in rows:
        acts = by_objective.get(o["id"], [])
        o.update(actions=acts, progress=progress(o),
                 open_actions=sum(not a["done"] for a in acts),
                 overdue_actions=sum(a["overdue"] for a in acts))
    return sorted(rows, key=lambda o: (o["period"], o["due_date"] or date.max, o["title"]))
