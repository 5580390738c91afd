"""The debrief after a visit: the six outcomes (DOMAIN.md), follow-up
actions with owners and due dates, and marking the visit done (which resets
the contact clock of every stakeholder who attended)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from planner.services.changes import ChangeSet
from planner.services.errors import ValidationError
from planner.services.records import Records

#: the six outcomes of a good visit, in the order a rep goes through them
OUTCOMES = (
    ("outcome_real_need", "The real need behind the stated one", "表面需求背后的真实需求"),
    ("outcome_project_status", "Where the project stands", "项目进展"),
    ("outcome_roles", "Roles of the people present", "在场人员的角色"),
    ("outcome_presented", "What we presented or negotiated", "我方介绍/演示/谈判的内容"),
    ("outcome_feedback", "The customer's feedback", "客户反馈"),
    ("outcome_next_steps", "Agreed next steps", "约定的下一步"),
)


def outcome_label(field_name: str, lang: str = "en") -> str:
    for f, en, zh in OUTCOMES:
        if f == field_name:
            return zh if lang.startswith("zh") else en
    return field_name


@dataclass
class FollowUp:
    title: str
    owner: str = ""
    due_date: date | None = None
    stakeholder_id: str | None = None

    def values(self, visit: dict[str, Any]) -> dict[str, Any]:
        if not self.title.strip():
            raise ValidationError("a follow-up action needs a title")
        return {"account_id": visit["account_id"], "opportunity_id": visit["opportunity_id"],
                "visit_id": visit["id"], "stakeholder_id": self.stakeholder_id,
                "title": self.title.strip(), "owner": self.owner.strip(), "due_date": self.due_date,
                "source": "visit"}


@dataclass
class Debrief:
    outcomes: dict[str, str] = field(default_factory=dict)
    notes: str | None = None
    follow_ups: list[FollowUp] = field(default_factory=list)
    mark_done: bool = True

    def visit_values(self) -> dict[str, Any]:
        known = {f for f, _, _ in OUTCOMES}
        bad = set(self.outcomes) - known
        if bad:
            raise ValidationError(f"not an outcome of a visit: {', '.join(sorted(bad))}")
        values: dict[str, Any] = dict(self.outcomes)
        if self.notes is not None:
            values["notes"] = self.notes
        if self.mark_done:
            values["status"] = "done"
        return values


def debrief_visit(records: Records, visit_id: str, debrief: Debrief) -> tuple[list[str], ChangeSet]:
    """Write the outcomes and the follow-ups in one transaction; returns the
    new action ids."""
    visit = records.get("visit", visit_id)
    with records.transaction() as w:
        w.update("visit", visit_id, debrief.visit_values())
        ids = [w.create("action_item", f.values(visit)) for f in debrief.follow_ups]
    return ids, w.changes
