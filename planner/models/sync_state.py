"""Sync bookkeeping that never leaves this laptop: bundles seen, what each
teammate's device is known to have, and the conflict list."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import Base


class SyncBundle(Base):
    """A bundle this database wrote or imported (re-import is a no-op)."""

    __tablename__ = "sync_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))  # exported / imported
    device: Mapped[str] = mapped_column(String(40))     # the sender
    at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncPeer(Base):
    """A teammate's device and what it is known to have: for each device,
    the newest clock stamp it had seen (from its latest bundle's manifest)."""

    __tablename__ = "sync_peer"

    device: Mapped[str] = mapped_column(String(40), primary_key=True)
    knowledge: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_bundle_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Conflict(Base):
    """A value that lost a merge to a concurrent edit or to a delete. The
    rep reviews it and keeps either side; nothing is dropped silently."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    #: concurrent (two edits, neither saw the other) or deleted (an edit to
    #: a record the other side deleted)
    kind: Mapped[str] = mapped_column(String(12))
    mine_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    mine_stamp: Mapped[str] = mapped_column(String(80))
    theirs_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs_stamp: Mapped[str] = mapped_column(String(80))
    winner: Mapped[str] = mapped_column(String(6))  # mine / theirs
    bundle_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime)
    resolved: Mapped[str] = mapped_column(String(10), default="")  # "", mine, theirs, edited
