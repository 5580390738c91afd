from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Opportunity(SyncedRecord):
    """A deal pursued at an account (商机 / 项目), open or past."""

    __tablename__ = "opportunity"
    record_kind = "opportunity"

    account_id: Mapped[str] = ref("account", nullable=False)
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(30), default="lead")
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    purchase_type: Mapped[str] = mapped_column(String(20), default="new")
    status: Mapped[str] = mapped_column(String(20), default="open")
    procurement_method: Mapped[str] = mapped_column(String(30), default="unknown")
    competitors: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    #: why it was won, lost or dropped (project history, 项目历史信息)
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")


class DecisionRole(SyncedRecord):
    """One stakeholder in one buying role on one opportunity (项目决策链).

    A person may hold several roles; people outside the org chart may be on
    the deal's virtual team."""

    __tablename__ = "decision_role"
    __table_args__ = (UniqueConstraint("opportunity_id", "stakeholder_id", "role"),)
    record_kind = "decision_role"

    opportunity_id: Mapped[str] = ref("opportunity", nullable=False)
    stakeholder_id: Mapped[str] = ref("stakeholder", nullable=False)
    role: Mapped[str] = mapped_column(String(20))
    #: the stakeholder's attitude toward this deal (may differ from toward us)
    attitude: Mapped[str] = mapped_column(String(20), default="unknown")
    confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    note: Mapped[str] = mapped_column(Text, default="")
