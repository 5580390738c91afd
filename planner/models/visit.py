from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Visit(SyncedRecord):
    """A customer visit (拜访): planned, then debriefed with the six outcomes."""

    __tablename__ = "visit"
    record_kind = "visit"

    account_id: Mapped[str] = ref("account", nullable=False)
    opportunity_id: Mapped[str | None] = ref("opportunity")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(30), default="meeting")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    purpose: Mapped[str] = mapped_column(Text, default="")
    questions: Mapped[str] = mapped_column(Text, default="")
    # the six outcomes of a good visit (DOMAIN.md)
    outcome_real_need: Mapped[str] = mapped_column(Text, default="")
    outcome_project_status: Mapped[str] = mapped_column(Text, default="")
    outcome_roles: Mapped[str] = mapped_column(Text, default="")
    outcome_presented: Mapped[str] = mapped_column(Text, default="")
    outcome_feedback: Mapped[str] = mapped_column(Text, default="")
    outcome_next_steps: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: the visit's notes are private: never synced, in PDFs only on request
    notes_private: Mapped[bool] = mapped_column(default=False)


class VisitAttendee(SyncedRecord):
    """Someone at a visit: a stakeholder, or one of our own people by name."""

    __tablename__ = "visit_attendee"
    record_kind = "visit_attendee"

    visit_id: Mapped[str] = ref("visit", nullable=False)
    stakeholder_id: Mapped[str | None] = ref("stakeholder")
    our_person: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
