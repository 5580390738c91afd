from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class WhitespaceCell(SyncedRecord):
    """What one department (business unit) of an account has of one of our
    offerings: installed (ours), a competitor's, an open opportunity, no need,
    unknown. The id is derived from (department, offering) (see
    ``planner.plan.whitespace.cell_id``), so two laptops marking the same cell
    merge instead of duplicating it."""

    __tablename__ = "whitespace_cell"
    record_kind = "whitespace_cell"

    account_id: Mapped[str] = ref("account", nullable=False)
    department_id: Mapped[str] = ref("department", nullable=False)
    offering_id: Mapped[str] = ref("offering", nullable=False)
    state: Mapped[str] = mapped_column(String(20), default="unknown")
    opportunity_id: Mapped[str | None] = ref("opportunity")
    note: Mapped[str] = mapped_column(Text, default="")
