from __future__ import annotations

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord


class Account(SyncedRecord):
    """A customer organisation (客户)."""

    __tablename__ = "account"
    record_kind = "account"

    name: Mapped[str] = mapped_column(String(200), index=True)
    tier: Mapped[str] = mapped_column(String(1), default="B")
    industry: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    revenue_potential: Mapped[float | None] = mapped_column(Float, nullable=True)
    current_business: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    status: Mapped[str] = mapped_column(String(20), default="active")
    owner: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    #: set when this account was merged into another (the merged one redirects)
    merged_into_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # why the account has its tier (migration 0004): revenue potential is above;
    # strategic and reference value are 1-5 scores, the rationale in words
    strategic_value: Mapped[int] = mapped_column(Integer, default=3)
    reference_value: Mapped[int] = mapped_column(Integer, default=3)
    tier_rationale: Mapped[str] = mapped_column(Text, default="")
