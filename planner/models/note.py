from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Note(SyncedRecord):
    """A meeting note or any note (会议纪要), linked to what it is about."""

    __tablename__ = "note"
    record_kind = "note"

    account_id: Mapped[str | None] = ref("account")
    opportunity_id: Mapped[str | None] = ref("opportunity")
    stakeholder_id: Mapped[str | None] = ref("stakeholder")
    visit_id: Mapped[str | None] = ref("visit")
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(default=False)
