from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class Department(SyncedRecord):
    """A department (部门) of an account; departments form a tree."""

    __tablename__ = "department"
    record_kind = "department"

    account_id: Mapped[str] = ref("account", nullable=False)
    parent_id: Mapped[str | None] = ref("department")
    name: Mapped[str] = mapped_column(String(200))
    # the department's area on the stakeholder map (synced with the account)
    map_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    map_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    map_w: Mapped[float | None] = mapped_column(Float, nullable=True)
    map_h: Mapped[float | None] = mapped_column(Float, nullable=True)
    hidden: Mapped[bool] = mapped_column(default=False)
