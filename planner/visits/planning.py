"""Planning a visit: what goes in, and the briefing on the people who will
be there (their buying roles, attitude, what they care about and the open
actions that concern them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from planner.models import ActionItem, DecisionRole, Opportunity, Stakeholder, ValueProposition
from planner.services.changes import ChangeSet
from planner.services.records import Records
from planner.store.database import Database


@dataclass
class VisitPlan:
    account_id: str
    starts_at: datetime
    opportunity_id: str | None = None
    ends_at: datetime | None = None
    place: str = ""
    kind: str = "meeting"
    purpose: str = ""
    questions: str = ""
    stakeholder_ids: list[str] = field(default_factory=list)
    our_people: list[str] = field(default_factory=list)
    proposition_ids: list[str] = field(default_factory=list)

    def visit_values(self) -> dict[str, Any]:
        return {"account_id": self.account_id, "opportunity_id": self.opportunity_id,
                "starts_at": self.starts_at, "ends_at": self.ends_at, "place": self.place,
                "kind": self.kind, "status": "planned", "purpose": self.purpose,
                "questions": self.questions}

    def attendee_values(self, visit_id: str) -> list[dict[str, Any]]:
        out = [{"visit_id": visit_id, "stakeholder_id": sid} for sid in self.stakeholder_ids]
        out += [{"visit_id": visit_id, "our_person": name} for name in self.our_people if name.strip()]
        return out

    def delivery_values(self, visit_id: str) -> list[dict[str, Any]]:
        """A proposition to deliver at the visit is a delivery dated on the
        visit day; its reaction is recorded at the debrief."""
        return [{"proposition_id": pid, "visit_id": visit_id, "delivered_on": self.starts_at.date(),
                 "channel": "meeting", "reaction": "unknown"} for pid in self.proposition_ids]


def plan_visit(records: Records, plan: VisitPlan) -> tuple[str, ChangeSet]:
    """Create the visit, its attendees and planned deliveries in one transaction."""
    with records.transaction() as w:
        visit_id = w.create("visit", plan.visit_values())
        for values in plan.attendee_values(visit_id):
            w.create("visit_attendee", values)
        for values in plan.delivery_values(visit_id):
            w.create("proposition_delivery", values)
    return visit_id, w.changes


@dataclass
class Briefing:
    """What the rep should know about one attendee before the meeting."""

    stakeholder_id: str
    name: str
    title: str
    roles: list[tuple[str, str]]          # (opportunity name, buying role)
    attitude: str
    business_metrics: str
    decision_criteria: str
    personal_wins: str
    open_actions: list[tuple[str, date | None]]  # (title, due)


def briefing(db: Database, stakeholder_ids: list[str]) -> list[Briefing]:
    if not stakeholder_ids:
        return []
    with db.read() as s:
        people = {p.id: p for p in s.scalars(select(Stakeholder).where(
            Stakeholder.id.in_(stakeholder_ids), Stakeholder.deleted.is_(False)))}
        roles: dict[str, list[tuple[str, str]]] = {}
        for sid, opp, role in s.execute(
                select(DecisionRole.stakeholder_id, Opportunity.name, DecisionRole.role)
                .join(Opportunity, Opportunity.id == DecisionRole.opportunity_id)
                .where(DecisionRole.stakeholder_id.in_(stakeholder_ids), DecisionRole.deleted.is_(False),
                       Opportunity.deleted.is_(False), Opportunity.status == "open")):
            roles.setdefault(sid, []).append((opp, role))
        actions: dict[str, list[tuple[str, date | None]]] = {}
        for sid, title, due in s.execute(
                select(ActionItem.stakeholder_id, ActionItem.title, ActionItem.due_date)
                .where(ActionItem.stakeholder_id.in_(stakeholder_ids), ActionItem.deleted.is_(False),
                       ActionItem.done.is_(False)).order_by(ActionItem.due_date)):
            actions.setdefault(sid, []).append((title, due))
        return [Briefing(sid, p.name, p.title, roles.get(sid, []), p.attitude, p.business_metrics,
                         p.decision_criteria, p.personal_wins, actions.get(sid, []))
                for sid in stakeholder_ids if (p := people.get(sid)) is not None]


def propositions_for(db: Database, account_id: str, opportunity_id: str | None) -> list[dict[str, Any]]:
    """The opportunity's value propositions, else the account's."""
    with db.read() as s:
        q = select(ValueProposition.id, ValueProposition.title).where(ValueProposition.deleted.is_(False))
        if opportunity_id:
            q = q.where(ValueProposition.opportunity_id == opportunity_id)
        else:
            q = q.where(ValueProposition.account_id == account_id)
        return [{"id": i, "title": t} for i, t in s.execute(q.order_by(ValueProposition.title))]


def attendees(db: Database, visit_id: str) -> list[dict[str, Any]]:
    """The visit's attendees: id, stakeholder_id, name (ours by name)."""
    from planner.models import VisitAttendee

    with db.read() as s:
        rows = s.execute(select(VisitAttendee.id, VisitAttendee.stakeholder_id, VisitAttendee.our_person,
                                Stakeholder.name)
                         .outerjoin(Stakeholder, Stakeholder.id == VisitAttendee.stakeholder_id)
                         .where(VisitAttendee.visit_id == visit_id, VisitAttendee.deleted.is_(False))).all()
    return [{"id": i, "stakeholder_id": sid, "name": name or ours, "ours": sid is None}
            for i, sid, ours, name in rows]
