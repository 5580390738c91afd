"""Printing records for people and for scripts."""

from __future__ import annotations

import json
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


def print_table(records: list[dict[str, Any]], columns: list[str]) -> None:
    rows = [[str(to_json(r.get(c)) if r.get(c) is not None else "") for c in columns] for r in records]
    widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
