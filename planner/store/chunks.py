"""Reading many rows by id: one statement takes a bounded number of ``?``
parameters, so id lists are read a chunk at a time."""

from __future__ import annotations

from typing import Iterable, Iterator

CHUNK = 500


def chunks(ids: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    """The ids, sorted, in lists of at most ``size``."""
    ordered = sorted(ids)
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


def placeholders(n: int) -> str:
    """``?,?,…`` for an ``IN (…)`` of ``n`` values."""
    return ",".join("?" * n)
