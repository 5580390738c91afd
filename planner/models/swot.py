from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class SwotEntry(SyncedRecord):
    """One line of the SWOT of our position at an account, optionally with
    its evidence: a visit, a note or a person."""

    __tablename__ = "swot_entry"
    record_kind = "swot_entry"

    account_id: Mapped[str] = ref("account", nullable=False)
    quadrant: Mapped[str] = mapped_column(String(20), default="strength")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    visit_id: Mapped[str | None] = ref("visit")
    note_id: Mapped[str | None] = ref("note")
    stakeholder_id: Mapped[str | None] = ref("stakeholder")
