"""Tables that never leave this laptop: device state and the change log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import Base


class LocalState(Base):
    """Key/value state of this install: device id, last clock stamp, ..."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLogEntry(Base):
    """One field written: what record, which field, old and new value, when
    (clock stamp and wall time) and on which device. ``seq`` numbers this
    database's log; delta sync bundles and history views build on it."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    stamp: Mapped[str] = mapped_column(String(80), index=True)
    device: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(DateTime)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    #: what kind of write: create, update, delete, restore, import
    op: Mapped[str] = mapped_column(String(10))
