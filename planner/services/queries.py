"""Read models for lists and tables (cheap, indexed, synchronous).

Each returns plain dicts so views never hold ORM objects."""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import func, select

from planner.models import Account, Department, Opportunity, Stakeholder
from planner.services.records import as_dict
from planner.store.database import Database

ACCOUNT_LIST_FIELDS = ("id", "name", "tier", "industry", "region", "is_demo")


def account_list(db: Database) -> list[dict[str, Any]]:
    cols = [getattr(Account, f) for f in ACCOUNT_LIST_FIELDS]
    with db.read() as s:
        rows = s.execute(select(*cols).where(Account.deleted.is_(False))).all()
    return [dict(zip(ACCOUNT_LIST_FIELDS, r)) for r in rows]


def account_counts(db: Database, account_id: str) -> dict[str, int]:
    with db.read() as s:
        def count(model):
            return s.scalar(select(func.count()).select_from(model).where(
                model.account_id == account_id, model.deleted.is_(False))) or 0
        open_opps = s.scalar(select(func.count()).select_from(Opportunity).where(
            Opportunity.account_id == account_id, Opportunity.deleted.is_(False),
            Opportunity.status == "open")) or 0
        return {"stakeholders": count(Stakeholder), "departments": count(Department),
                "opportunities": count(Opportunity), "open_opportunities": open_opps}


def departments_of(db: Database, account_id: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.scalars(select(Department).where(
            Department.account_id == account_id, Department.deleted.is_(False)))
        return sorted((as_dict(r) for r in rows), key=lambda d: d["name"])


def stakeholders(db: Database, account_id: str | None = None,
                 ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """People with their department's name, live only."""
    with db.read() as s:
        q = (select(Stakeholder, Department.name)
             .outerjoin(Department, Department.id == Stakeholder.department_id)
             .where(Stakeholder.deleted.is_(False)))
        if account_id is not None:
            q = q.where(Stakeholder.account_id == account_id)
        if ids is not None:
            q = q.where(Stakeholder.id.in_(list(ids)))
        out = []
        for person, dep_name in s.execute(q):
            d = as_dict(person)
            d["department_name"] = dep_name or ""
            out.append(d)
        return out
