from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord


class Offering(SyncedRecord):
    """One of our offerings (产品/解决方案): the catalogue is shared by all
    accounts and is the column list of every whitespace grid."""

    __tablename__ = "offering"
    record_kind = "offering"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
