"""Helpers shared by the demo accounts: stable ids, relative dates, one writer.

Ids are UUIDv5 of a fixed namespace and a readable key, so every laptop that
loads the demo creates the same ids and a sync merges the two copies instead
of duplicating them. Dates are offsets from the day the demo is loaded, so the
demo always looks current; nothing else varies between two loads.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from planner.services.records import Writer

#: never change this: it would give the demo new ids and duplicate it on sync
DEMO_NAMESPACE = uuid.UUID("7b0d9c52-4e1a-5f3b-8c6d-2a9e1f04b7c3")

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December")
#: date tokens in demo text: {M:-26} 2026年3月, {D:-26} 3月12日,
#: {EM:-26} March 2026, {ED:-26} 12 March (offsets in days from today)
_TOKEN = re.compile(r"\{(M|D|EM|ED):([+-]?\d+)\}")


def demo_id(key: str) -> str:
    """The id of the demo record named ``key`` (the same on every laptop)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


def workday(today: date, offset: int) -> date:
    """``today + offset`` moved off the weekend (Saturday back to Friday,
    Sunday on to Monday): customers are visited on working days."""
    d = today + timedelta(days=offset)
    if d.weekday() == 5:
        return d - timedelta(days=1)
    if d.weekday() == 6:
        return d + timedelta(days=1)
    return d


class Builder:
    """Creates the records of one demo account inside one transaction.

    Every record is named by (kind, key); its id is ``demo_id`` of
    ``"<prefix>/<kind>/<key>"``. Text values may hold date tokens (see
    ``_TOKEN``), replaced relative to ``today``."""

    def __init__(self, writer: Writer, prefix: str, today: date) -> None:
        self.writer = writer
        self.prefix = prefix
        self.today = today

    def id(self, kind: str, key: str) -> str:
        return demo_id(f"{self.prefix}/{kind}/{key}")

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def workday(self, offset: int) -> date:
        return workday(self.today, offset)

    def at(self, offset: int, hhmm: str) -> datetime:
        h, m = (int(p) for p in hhmm.split(":"))
        return datetime.combine(self.workday(offset), time(h, m))

    def text(self, s: str) -> str:
        def one(m: re.Match[str]) -> str:
            d = self.workday(int(m.group(2)))
            return {"M": f"{d.year}年{d.month}月", "D": f"{d.month}月{d.day}日",
                    "EM": f"{_EN_MONTHS[d.month - 1]} {d.year}",
                    "ED": f"{d.day} {_EN_MONTHS[d.month - 1]}"}[m.group(1)]
        return _TOKEN.sub(one, s)

    def add(self, kind: str, key: str, values: dict[str, Any]) -> str:
        given = {f: self.text(v) if isinstance(v, str) else v for f, v in values.items()}
        return self.writer.create(kind, given, record_id=self.id(kind, key))
