from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class ValueProposition(SyncedRecord):
    """A short, memorable advantage aimed at decision makers (价值主张).

    With an opportunity it belongs to that deal; ``in_library`` marks one
    worth reusing across accounts."""

    __tablename__ = "value_proposition"
    record_kind = "value_proposition"

    account_id: Mapped[str | None] = ref("account")
    opportunity_id: Mapped[str | None] = ref("opportunity")
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    worked: Mapped[bool] = mapped_column(default=False)
    in_library: Mapped[bool] = mapped_column(default=False)
    #: the library proposition this one was reused from
    origin_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class PropositionTarget(SyncedRecord):
    """A stakeholder a value proposition is aimed at."""

    __tablename__ = "proposition_target"
    record_kind = "proposition_target"

    proposition_id: Mapped[str] = ref("value_proposition", nullable=False)
    stakeholder_id: Mapped[str] = ref("stakeholder", nullable=False)


class PropositionDelivery(SyncedRecord):
    """One delivery of a proposition: when, how, to whom, how it landed."""

    __tablename__ = "proposition_delivery"
    record_kind = "proposition_delivery"

    proposition_id: Mapped[str] = ref("value_proposition", nullable=False)
    stakeholder_id: Mapped[str | None] = ref("stakeholder")
    visit_id: Mapped[str | None] = ref("visit")
    delivered_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="meeting")
    reaction: Mapped[str] = mapped_column(String(20), default="unknown")
    note: Mapped[str] = mapped_column(Text, default="")
