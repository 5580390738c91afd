from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import SyncedRecord, ref


class TenderSimulation(SyncedRecord):
    """The inputs of one tender scoring simulation on an opportunity
    (评标模拟): how the tender is scored and our and the competitors'
    estimated scores and prices. The results are computed, never stored
    (planner/deals/tender/scoring.py).

    ``parameters``: the price rule's numbers (``deduct_above``,
    ``deduct_below``: points per 1 % from the benchmark; ``benchmark_factor``;
    ``technical_pass``: the technical shortlist mark, % of full marks).
    ``bidders``: list of ``{"name", "us", "technical", "commercial", "price"}``,
    scores in % of full marks."""

    __tablename__ = "tender_simulation"
    record_kind = "tender_simulation"

    opportunity_id: Mapped[str] = ref("opportunity", nullable=False)
    title: Mapped[str] = mapped_column(String(200), default="")
    price_rule: Mapped[str] = mapped_column(String(30), default="lowest_benchmark")
    technical_weight: Mapped[float] = mapped_column(Float, default=60.0)
    commercial_weight: Mapped[float] = mapped_column(Float, default=10.0)
    price_weight: Mapped[float] = mapped_column(Float, default=30.0)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    bidders: Mapped[list[Any]] = mapped_column(JSON, default=list)
