"""Risks of an account, worst first (likelihood × impact)."""

from __future__ import annotations

from typing import Any

from planner.services.records import Records


def severity(risk: dict[str, Any]) -> int:
    return int(risk["likelihood"]) * int(risk["impact"])


def level(risk: dict[str, Any]) -> str:
    """high (15+), medium (8-14) or low, the usual 5×5 matrix bands."""
    s = severity(risk)
    return "high" if s >= 15 else "medium" if s >= 8 else "low"


def risks(records: Records, account_id: str) -> list[dict[str, Any]]:
    """Open risks first, each group worst first."""
    rows = records.list("risk", account_id=account_id)
    return sorted(rows, key=lambda r: (r["status"] != "open", -severity(r), r["title"]))
