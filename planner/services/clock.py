"""This install's device id and its persisted hybrid logical clock.

The last stamp is stored in ``local_state`` inside each write transaction and
read back at the start of the next one, so two processes on one database (the
window and the command line) never issue the same or a smaller stamp."""

from __future__ import annotations

import secrets
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import LocalState
from planner.sync.hlc import HybridClock, Stamp, wall_clock_ms

DEVICE_KEY = "device_id"
CLOCK_KEY = "clock_last"


def local_value(session: Session, key: str) -> str | None:
    """A value of this install's ``local_state`` (None when unset)."""
    return session.scalar(select(LocalState.value).where(LocalState.key == key))


def set_local_value(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


def device_id(session: Session) -> str:
    dev = local_value(session, DEVICE_KEY)
    if dev is None:
        dev = secrets.token_hex(6)
        set_local_value(session, DEVICE_KEY, dev)
    return dev


def load_clock(session: Session, wall: Callable[[], int] = wall_clock_ms) -> HybridClock:
    dev = device_id(session)
    last = local_value(session, CLOCK_KEY)
    return HybridClock(dev, Stamp.decode(last) if last else None, wall=wall)


def save_clock(session: Session, clock: HybridClock) -> None:
    set_local_value(session, CLOCK_KEY, clock.last.encode())
