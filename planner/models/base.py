"""Declarative base and the columns every synced row carries.

Every synced table has, from the first migration (shared/SYNC.md):
- ``id``: a random UUID created on the device that made the row;
- ``clocks``: a JSON object mapping each field name to the hybrid-logical-clock
  stamp of its last write (per-field last-writer-wins);
- ``deleted``: the tombstone flag (rows are never physically removed by the
  services, so a delete can travel to teammates and cannot be resurrected).
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


def ref(target: str, nullable: bool = True) -> Mapped[Any]:
    """A foreign key to another synced table, deferred to the end of the
    transaction so a sync import may bring a child before its parent."""
    return mapped_column(
        String(36),
        ForeignKey(f"{target}.id", deferrable=True, initially="DEFERRED"),
        nullable=nullable,
        index=True,
    )


class SyncedRecord(Base):
    __abstract__ = True

    #: the name used by the services, the command line and the dump
    record_kind: ClassVar[str]
    #: fields a teammate never receives (always private), beyond per-row marks
    local_only_fields: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False, index=True)

    @classmethod
    def data_fields(cls) -> list[str]:
        """The user-visible fields, in table order (not id, clocks, deleted)."""
        cached = cls.__dict__.get("_data_fields")
        if cached is None:
            cached = [c.key for c in cls.__table__.columns if c.key not in ("id", "clocks", "deleted")]
            cls._data_fields = cached
        return list(cached)
