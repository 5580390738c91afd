"""Rules that span records (same account, no self-links, no cycles).

Used by the services before every write and by ``planner check`` over the
whole database, so both say the same thing in the same words."""

from __future__ import annotations

from typing import Any, Callable

from sqlalchemy.orm import Session

from planner.models import Department, Opportunity, Stakeholder
from planner.services.errors import ValidationError


def _account_of(session: Session, model: type, record_id: str | None) -> str | None:
    if record_id is None:
        return None
    row = session.get(model, record_id)
    return row.account_id if row is not None else None


def _stakeholder(session: Session, v: dict[str, Any]) -> None:
    dep = _account_of(session, Department, v.get("department_id"))
    if dep is not None and dep != v["account_id"]:
        raise ValidationError("stakeholder: the department belongs to another account")


def _department(session: Session, v: dict[str, Any]) -> None:
    parent_id = v.get("parent_id")
    seen = {v["id"]}
    while parent_id is not None:
        if parent_id in seen:
            raise ValidationError("department: a department cannot be inside itself")
        seen.add(parent_id)
        parent = session.get(Department, parent_id)
        if parent is None:
            break
        if parent.account_id != v["account_id"]:
            raise ValidationError("department: the parent department belongs to another account")
        parent_id = parent.parent_id


def _relationship(session: Session, v: dict[str, Any]) -> None:
    if v["source_id"] == v["target_id"]:
        raise ValidationError("relationship: a line needs two different people")
    for end in ("source_id", "target_id"):
        if _account_of(session, Stakeholder, v[end]) != v["account_id"]:
            raise ValidationError("relationship: both people must be at the line's account")


def _decision_role(session: Session, v: dict[str, Any]) -> None:
    if (_account_of(session, Stakeholder, v["stakeholder_id"])
            != _account_of(session, Opportunity, v["opportunity_id"])):
        raise ValidationError("decision_role: the person is not at the opportunity's account")


RULES: dict[str, Callable[[Session, dict[str, Any]], None]] = {
    "stakeholder": _stakeholder,
    "department": _department,
    "relationship": _relationship,
    "decision_role": _decision_role,
}


def check_rules(session: Session, kind: str, values: dict[str, Any]) -> None:
    rule = RULES.get(kind)
    if rule is not None:
        rule(session, values)
