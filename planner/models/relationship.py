from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Relationship(SyncedRecord):
    """A line between two stakeholders.

    ``reports_to``: source reports to target (上下级). ``influences``: source
    influences target, ``strength`` 1-5 (影响力关系). ``conflict`` and
    ``informal`` links are undirected unless ``directed`` says otherwise.
    """

    __tablename__ = "relationship"
    record_kind = "relationship"

    account_id: Mapped[str] = ref("account", nullable=False)
    source_id: Mapped[str] = ref("stakeholder", nullable=False)
    target_id: Mapped[str] = ref("stakeholder", nullable=False)
    kind: Mapped[str] = mapped_column(String(20), default="reports_to")
    directed: Mapped[bool] = mapped_column(default=True)
    strength: Mapped[int] = mapped_column(Integer, default=3)
    confidence: Mapped[str] = mapped_column(String(20), default="unconfirmed")
    note: Mapped[str] = mapped_column(Text, default="")
