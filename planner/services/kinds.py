"""The record kinds the services know, and the rules on their fields.

Field types come from the model's columns; this module adds what the
columns cannot say: controlled vocabularies, ranges and required text."""

from __future__ import annotations

import functools

from sqlalchemy import Column

from planner import vocab
from planner.models import (
    Account, ActionItem, Checklist, ChecklistItem, ChecklistTemplate, ContactLog,
    ContactPlan, DecisionRole, Department, Note, Opportunity, PropositionDelivery,
    PropositionTarget, Relationship, Stakeholder, SyncedRecord, ValueProposition,
    Visit, VisitAttendee,
)
from planner.models import NpsScore, Objective, Offering, Risk, SwotEntry, WhitespaceCell
from planner.models.tender_simulation import TenderSimulation
from planner.models.stakeholder import JUDGED_FIELDS
from planner.services.errors import ValidationError

MODELS: dict[str, type[SyncedRecord]] = {m.record_kind: m for m in (
    Account, Department, Stakeholder, Relationship, Opportunity, DecisionRole,
    ValueProposition, PropositionTarget, PropositionDelivery, Visit, VisitAttendee,
    Note, ActionItem, Checklist, ChecklistItem, ChecklistTemplate, ContactPlan,
    ContactLog,
    Objective, SwotEntry, Offering, WhitespaceCell, Risk, NpsScore,  # the account plan
    TenderSimulation,  # opportunities
)}

VOCABS: dict[tuple[str, str], vocab.Vocab] = {
    ("account", "tier"): vocab.TIER,
    ("account", "status"): vocab.ACCOUNT_STATUS,
    ("stakeholder", "attitude"): vocab.ATTITUDE,
    ("stakeholder", "interaction"): vocab.INTERACTION,
    ("stakeholder", "executive_concern"): vocab.EXECUTIVE_CONCERN,
    ("stakeholder", "status"): vocab.STAKEHOLDER_STATUS,
    ("relationship", "kind"): vocab.RELATIONSHIP_KIND,
    ("relationship", "confidence"): vocab.CONFIDENCE,
    ("opportunity", "stage"): vocab.STAGE,
    ("opportunity", "purchase_type"): vocab.PURCHASE_TYPE,
    ("opportunity", "status"): vocab.OPPORTUNITY_STATUS,
    ("opportunity", "procurement_method"): vocab.PROCUREMENT_METHOD,
    ("decision_role", "role"): vocab.BUYING_ROLE,
    ("decision_role", "attitude"): vocab.ATTITUDE,
    ("decision_role", "confidence"): vocab.CONFIDENCE,
    ("proposition_delivery", "channel"): vocab.CHANNEL,
    ("proposition_delivery", "reaction"): vocab.REACTION,
    ("visit", "kind"): vocab.VISIT_KIND,
    ("visit", "status"): vocab.VISIT_STATUS,
    ("checklist", "kind"): vocab.CHECKLIST_KIND,
    ("checklist_template", "kind"): vocab.CHECKLIST_KIND,
    ("checklist_item", "status"): vocab.CHECKLIST_STATUS,
    ("action_item", "source"): vocab.ACTION_SOURCE,
    ("contact_log", "channel"): vocab.CHANNEL,
    ("contact_log", "kind"): vocab.CONTACT_KIND,
    # the account plan
    ("objective", "kind"): vocab.OBJECTIVE_KIND,
    ("objective", "status"): vocab.OBJECTIVE_STATUS,
    ("swot_entry", "quadrant"): vocab.SWOT_QUADRANT,
    ("whitespace_cell", "state"): vocab.WHITESPACE_STATE,
    ("risk", "status"): vocab.RISK_STATUS,
    ("tender_simulation", "price_rule"): vocab.PRICE_RULE,
}
VOCABS.update({("stakeholder", f"{f}_confidence"): vocab.CONFIDENCE for f in JUDGED_FIELDS})

RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("stakeholder", "importance"): (1, 5),
    ("stakeholder", "closeness"): (1, 5),
    ("relationship", "strength"): (1, 5),
    ("contact_plan", "cadence_days"): (1, 3650),
    ("account", "revenue_potential"): (0, 1e15),
    ("account", "current_business"): (0, 1e15),
    ("opportunity", "value"): (0, 1e15),
    # the account plan
    ("risk", "likelihood"): (1, 5),
    ("risk", "impact"): (1, 5),
    ("nps_score", "score"): (0, 10),
    ("account", "strategic_value"): (1, 5),
    ("account", "reference_value"): (1, 5),
    ("tender_simulation", "technical_weight"): (0, 100),
    ("tender_simulation", "commercial_weight"): (0, 100),
    ("tender_simulation", "price_weight"): (0, 100),
}

#: fields that are set once at creation and never change (what a row hangs on)
IMMUTABLE: dict[str, frozenset[str]] = {
    "decision_role": frozenset({"opportunity_id"}),
    "proposition_target": frozenset({"proposition_id"}),
    "proposition_delivery": frozenset({"proposition_id"}),
    "visit_attendee": frozenset({"visit_id"}),
    "checklist_item": frozenset({"checklist_id"}),
    "contact_plan": frozenset({"stakeholder_id"}),
    # a whitespace cell's id is derived from its department and offering
    "whitespace_cell": frozenset({"department_id", "offering_id"}),
    "tender_simulation": frozenset({"opportunity_id"}),
}


def model_for(kind: str) -> type[SyncedRecord]:
    try:
        return MODELS[kind]
    except KeyError:
        raise ValidationError(
            f"unknown kind {kind!r}; known kinds: {', '.join(sorted(MODELS))}") from None


def column(kind: str, field: str) -> Column:
    col = _COLUMNS.get((kind, field))
    if col is None:
        model = model_for(kind)
        if field not in model.data_fields():
            raise ValidationError(
                f"{kind} has no field {field!r}; fields: {', '.join(model.data_fields())}")
        col = _COLUMNS[(kind, field)] = model.__table__.columns[field]
    return col


#: (kind, field) -> column, filled as fields are asked for (writes ask often)
_COLUMNS: dict[tuple[str, str], Column] = {}


def is_required(col: Column) -> bool:
    """Not nullable and no default: must be given when creating."""
    return not col.nullable and col.default is None


def references(kind: str) -> dict[str, str]:
    """Foreign-key fields of ``kind`` -> the kind they point to."""
    return dict(_references(kind))


def children(kind: str) -> list[tuple[str, str]]:
    """(child kind, field) pairs whose required reference points at ``kind``:
    deleting a ``kind`` row deletes these children too."""
    return list(_children(kind))


# The models do not change while the program runs: work these out once per kind.
@functools.cache
def _references(kind: str) -> tuple[tuple[str, str], ...]:
    model = model_for(kind)
    out = {}
    for col in model.__table__.columns:
        for fk in col.foreign_keys:
            out[col.key] = fk.column.table.name
    return tuple(out.items())


@functools.cache
def _children(kind: str) -> tuple[tuple[str, str], ...]:
    out = []
    for child, model in MODELS.items():
        for field, target in _references(child):
            if target == kind and not model.__table__.columns[field].nullable:
                out.append((child, field))
    return tuple(out)
