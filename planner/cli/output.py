"""Printing records for people and for scripts."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from planner.services.values import to_json

_LABEL_FIELDS = ("name", "title", "label", "role", "our_person")


def label_of(record: dict[str, Any]) -> str:
    for f in _LABEL_FIELDS:
        if record.get(f):
            return str(record[f])
    return ""


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=to_json))


def display_width(text: str) -> int:
    """Terminal columns: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def print_table(records: list[dict[str, Any]], columns: list[str]) -> None:
    rows = [[str(to_json(r.get(c)) if r.get(c) is not None else "") for c in columns] for r in records]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in rows]) for i, c in enumerate(columns)]
    print("  ".join(_pad(c, w) for c, w in zip(columns, widths)).rstrip())
    for row in rows:
        print("  ".join(_pad(v, w) for v, w in zip(row, widths)).rstrip())
