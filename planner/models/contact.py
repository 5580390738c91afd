from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class ContactPlan(SyncedRecord):
    """How often a key person should be touched (contact cadence)."""

    __tablename__ = "contact_plan"
    record_kind = "contact_plan"

    stakeholder_id: Mapped[str] = ref("stakeholder", nullable=False)
    cadence_days: Mapped[int] = mapped_column(Integer, default=60)
    next_moment: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ContactLog(SyncedRecord):
    """A contact outside a visit (a call, a message, a greeting): resets the
    person's contact clock like a visit does."""

    __tablename__ = "contact_log"
    record_kind = "contact_log"

    stakeholder_id: Mapped[str] = ref("stakeholder", nullable=False)
    contacted_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="call")
    kind: Mapped[str] = mapped_column(String(30), default="social")
    note: Mapped[str] = mapped_column(Text, default="")
