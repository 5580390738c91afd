from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Risk(SyncedRecord):
    """A risk to the account (客户风险) with likelihood and impact (1-5 each),
    the mitigation and who owns it."""

    __tablename__ = "risk"
    record_kind = "risk"

    account_id: Mapped[str] = ref("account", nullable=False)
    title: Mapped[str] = mapped_column(String(300))
    likelihood: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    mitigation: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")
