from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Objective(SyncedRecord):
    """Where we want to be with the account in a period (客户目标): a revenue
    target, a share of wallet, a relationship goal. Actions serve it through
    ``action_item.objective_id``."""

    __tablename__ = "objective"
    record_kind = "objective"

    account_id: Mapped[str] = ref("account", nullable=False)
    #: the planning period, free text such as "FY2026" or "2026 H2"
    period: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="revenue")
    title: Mapped[str] = mapped_column(String(300))
    #: numbers for revenue and share-of-wallet goals (money, or percent)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    actual: Mapped[float | None] = mapped_column(Float, nullable=True)
    #: how success is measured, in words ("CFO meets us every quarter")
    measure: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="on_track")
