from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class NpsScore(SyncedRecord):
    """A contact's answer to "how likely would you recommend us" (0-10) on a
    day: 9-10 promoter, 7-8 passive, 0-6 detractor."""

    __tablename__ = "nps_score"
    record_kind = "nps_score"

    stakeholder_id: Mapped[str] = ref("stakeholder", nullable=False)
    scored_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
