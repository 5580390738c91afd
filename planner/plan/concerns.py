"""Executive concerns at a glance: for each executive (CXO) of the account,
which of the four concerns drives them (DOMAIN.md), how sure we are, and the
message that answers it."""

from __future__ import annotations

from typing import Any

from planner.services import queries
from planner.store.database import Database
from planner.text.sortkey import name_sort_key

#: the order of the four concerns, then people whose concern is not known
_ORDER = ("operating_resources", "business_flexibility", "financial_sustainability",
          "digital_transformation", "")


def executives(db: Database, account_id: str) -> list[dict[str, Any]]:
    """Active people who are executives or have an executive concern, by
    concern, importance (high first) and name."""
    people = [p for p in queries.stakeholders(db, account_id)
              if p["status"] == "active" and (p["is_executive"] or p["executive_concern"])]
    return sorted(people, key=lambda p: (_ORDER.index(p["executive_concern"])
                                         if p["executive_concern"] in _ORDER else len(_ORDER),
                                         -p["importance"], name_sort_key(p["name"])))


def missing_messages(rows: list[dict[str, Any]]) -> int:
    """Executives whose concern is known but who have no message yet."""
    return sum(bool(p["executive_concern"]) and not p["concern_message"].strip() for p in rows)
