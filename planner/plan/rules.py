"""Cross-record rules of the account plan: what an objective, a SWOT entry,
a whitespace cell or an action links to must be at the same account."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from planner.models import Department, Note, Objective, Opportunity, Stakeholder, Visit
from planner.services.errors import ValidationError


def _same_account(session: Session, kind: str, v: dict[str, Any],
                  links: dict[str, type]) -> None:
    for field, model in links.items():
        ref = v.get(field)
        if ref is None:
            continue
        row = session.get(model, ref)
        if row is not None and row.account_id is not None and row.account_id != v["account_id"]:
            raise ValidationError(f"{kind}: the {field.removesuffix('_id')} belongs to another account")


def swot_entry(session: Session, v: dict[str, Any]) -> None:
    _same_account(session, "swot_entry", v,
                  {"visit_id": Visit, "note_id": Note, "stakeholder_id": Stakeholder})


def whitespace_cell(session: Session, v: dict[str, Any]) -> None:
    _same_account(session, "whitespace_cell", v,
                  {"department_id": Department, "opportunity_id": Opportunity})


def action_item(session: Session, v: dict[str, Any]) -> None:
    _same_account(session, "action_item", v, {"objective_id": Objective})


RULES = {"swot_entry": swot_entry, "whitespace_cell": whitespace_cell, "action_item": action_item}
