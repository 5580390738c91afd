"""Rules that span records (same account, no self-links, no cycles).

Used by the services before every write and by ``planner check`` over the
whole database, so both say the same thing in the same words."""

from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from planner.models import Department, Opportunity, Relationship, Stakeholder
from planner.plan import rules as plan_rules
from planner.services.errors import ValidationError
from planner.visits.done_rule import check_done


def _account_of(session: Session, model: type, record_id: str | None) -> str | None:
    if record_id is None:
        return None
    row = session.get(model, record_id)
    return row.account_id if row is not None else None


def _stakeholder(session: Session, v: dict[str, Any]) -> None:
    from planner.services import kinds

    columns = Stakeholder.__table__.columns
    for f in v.get("private_fields") or ():
        if f not in Stakeholder.data_fields() or f == "private_fields":
            raise ValidationError(f"stakeholder: {f!r} is not a field that can be marked private")
        if kinds.is_required(columns[f]) or f in kinds.references("stakeholder"):
            raise ValidationError(f"stakeholder: {f!r} cannot be marked private "
                                  "(teammates need it to place the person)")
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
    if v["kind"] == "reports_to" and _reports_to(session, v["target_id"], v["source_id"], v["id"]):
        raise ValidationError("relationship: this reporting line would make a circle "
                              "(someone would report to themselves)")


_CHAIN = text(
    "WITH RECURSIVE up(person) AS (SELECT :start UNION "
    f"SELECT r.target_id FROM {Relationship.__tablename__} r JOIN up ON r.source_id = up.person "
    # (unary + keeps SQLite from walking the index on 'deleted' instead of source_id)
    "WHERE r.kind = 'reports_to' AND +r.deleted = 0 AND r.id != :ignore) "
    "SELECT 1 FROM up WHERE person = :goal LIMIT 1")


def _reports_to(session: Session, start: str, goal: str, ignore: str) -> bool:
    """Whether ``start`` reports, directly or not, to ``goal`` (one query
    that walks the reporting lines up from ``start``; UNION stops at circles)."""
    if start == goal:
        return True
    return session.execute(_CHAIN, {"start": start, "goal": goal, "ignore": ignore}).first() is not None


def _visit(session: Session, v: dict[str, Any]) -> None:
    if v.get("ends_at") is not None and v["ends_at"] < v["starts_at"]:
        raise ValidationError("visit: it cannot end before it starts")
    check_done(v.get("status"), v.get("starts_at"))  # a visit is done only once it has happened
    opp = _account_of(session, Opportunity, v.get("opportunity_id"))
    if opp is not None and opp != v["account_id"]:
        raise ValidationError("visit: the opportunity belongs to another account")


def _decision_role(session: Session, v: dict[str, Any]) -> None:
    if (_account_of(session, Stakeholder, v["stakeholder_id"])
            != _account_of(session, Opportunity, v["opportunity_id"])):
        raise ValidationError("decision_role: the person is not at the opportunity's account")


RULES: dict[str, Callable[[Session, dict[str, Any]], None]] = {
    "stakeholder": _stakeholder,
    "department": _department,
    "relationship": _relationship,
    "decision_role": _decision_role,
    "visit": _visit,
}
RULES.update(plan_rules.RULES)  # the account plan


def check_rules(session: Session, kind: str, values: dict[str, Any]) -> None:
    rule = RULES.get(kind)
    if rule is not None:
        rule(session, values)
