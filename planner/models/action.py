from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class ActionItem(SyncedRecord):
    """A follow-up action with an owner and a due date."""

    __tablename__ = "action_item"
    record_kind = "action_item"

    account_id: Mapped[str] = ref("account", nullable=False)
    opportunity_id: Mapped[str | None] = ref("opportunity")
    visit_id: Mapped[str | None] = ref("visit")
    stakeholder_id: Mapped[str | None] = ref("stakeholder")
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    #: the account objective this action serves (migration 0004)
    objective_id: Mapped[str | None] = ref("objective")
