"""Shared by the import tests: the sample files and a view of the people."""

from pathlib import Path

from sqlalchemy import select

from planner.models import Account, Department, Relationship, Stakeholder

DATA = Path(__file__).resolve().parent / "data" / "import"


def people(db, account_name=None):
    """{name: (title, department, manager name)} of live people."""
    with db.read() as s:
        accounts = {a.id: a.name for a in s.scalars(select(Account).where(Account.deleted.is_(False)))}
        deps = {d.id: d.name for d in s.scalars(select(Department).where(Department.deleted.is_(False)))}
        rows = [p for p in s.scalars(select(Stakeholder).where(Stakeholder.deleted.is_(False)))
                if account_name is None or accounts[p.account_id] == account_name]
        names = {p.id: p.name for p in s.scalars(select(Stakeholder))}
        up = {r.source_id: names[r.target_id] for r in s.scalars(select(Relationship).where(
            Relationship.deleted.is_(False), Relationship.kind == "reports_to"))}
        return {p.name: (p.title, deps.get(p.department_id, ""), up.get(p.id, "")) for p in rows}


def count(db, model):
    with db.read() as s:
        return len(s.scalars(select(model).where(model.deleted.is_(False))).all())
