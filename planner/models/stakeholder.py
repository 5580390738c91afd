from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref

#: judgements about a person that may be unconfirmed; each has a
#: ``<field>_confidence`` and ``<field>_source`` column next to it
JUDGED_FIELDS = (
    "importance", "closeness", "interaction", "attitude", "business_metrics",
    "decision_criteria", "personal_wins", "executive_concern",
)


class Stakeholder(SyncedRecord):
    """A person at an account (联系人 / 关键人) and the rep's profile of them."""

    __tablename__ = "stakeholder"
    record_kind = "stakeholder"

    account_id: Mapped[str] = ref("account", nullable=False)
    department_id: Mapped[str | None] = ref("department")
    name: Mapped[str] = mapped_column(String(200), index=True)
    #: optional romanised name (pinyin) used to sort and find Chinese names
    name_romanised: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    mobile: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    wechat: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")  # active / left
    is_executive: Mapped[bool] = mapped_column(default=False)
    #: our colleague who owns the relationship
    owner: Mapped[str] = mapped_column(String(100), default="")

    importance: Mapped[int] = mapped_column(Integer, default=3)  # 1-5
    importance_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    importance_source: Mapped[str] = mapped_column(Text, default="")
    closeness: Mapped[int] = mapped_column(Integer, default=1)  # 1-5
    closeness_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    closeness_source: Mapped[str] = mapped_column(Text, default="")
    interaction: Mapped[str] = mapped_column(String(20), default="none")
    interaction_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    interaction_source: Mapped[str] = mapped_column(Text, default="")
    attitude: Mapped[str] = mapped_column(String(20), default="unknown")
    attitude_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    attitude_source: Mapped[str] = mapped_column(Text, default="")
    business_metrics: Mapped[str] = mapped_column(Text, default="")
    business_metrics_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    business_metrics_source: Mapped[str] = mapped_column(Text, default="")
    decision_criteria: Mapped[str] = mapped_column(Text, default="")
    decision_criteria_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    decision_criteria_source: Mapped[str] = mapped_column(Text, default="")
    personal_style: Mapped[str] = mapped_column(Text, default="")
    personal_wins: Mapped[str] = mapped_column(Text, default="")
    personal_wins_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    personal_wins_source: Mapped[str] = mapped_column(Text, default="")
    executive_concern: Mapped[str] = mapped_column(String(30), default="")
    executive_concern_confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    executive_concern_source: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    #: the message that answers the executive's concern (migration 0004)
    concern_message: Mapped[str] = mapped_column(Text, default="")

    #: names of this person's fields the rep marked private (never synced/exported)
    private_fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    map_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    map_y: Mapped[float | None] = mapped_column(Float, nullable=True)

    #: always private, whatever the marks say
    local_only_fields = frozenset({"private_notes"})

    def judgement(self, field: str) -> dict[str, Any]:
        return {
            "value": getattr(self, field),
            "confidence": getattr(self, f"{field}_confidence"),
            "source": getattr(self, f"{field}_source"),
        }
