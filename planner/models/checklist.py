from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Checklist(SyncedRecord):
    """A checklist on an opportunity: tender rules (招投标规则) or the six
    control points (项目过程管控)."""

    __tablename__ = "checklist"
    record_kind = "checklist"

    opportunity_id: Mapped[str] = ref("opportunity", nullable=False)
    kind: Mapped[str] = mapped_column(String(20), default="tender_rules")
    title: Mapped[str] = mapped_column(String(200), default="")
    template_id: Mapped[str | None] = mapped_column(String(100), nullable=True)


class ChecklistItem(SyncedRecord):
    __tablename__ = "checklist_item"
    record_kind = "checklist_item"

    checklist_id: Mapped[str] = ref("checklist", nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str] = mapped_column(String(100), default="")
    label: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    value: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(100), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ChecklistTemplate(SyncedRecord):
    """A checklist template saved by a user (shipped templates live in
    resources/ as data). ``items``: list of {section, label} objects."""

    __tablename__ = "checklist_template"
    record_kind = "checklist_template"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="tender_rules")
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
