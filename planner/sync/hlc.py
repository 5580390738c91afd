"""Hybrid logical clock (HLC) stamps.

A stamp is a string ``"WWWWWWWWWWWWW.CCCC.DEVICE"``: wall-clock milliseconds
(13 digits), a counter (4 hex digits) and the device id. Stamps compare as
plain strings, so the database can order them with ``max()`` and ``>``.

Rules (see shared/SYNC.md):
- two stamps issued by one clock are never equal and always increase, even if
  the wall clock goes backwards;
- after :meth:`HybridClock.observe` of a remote stamp, every stamp this clock
  issues is greater than it, whatever the local wall clock says.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

_WALL_DIGITS = 13
_COUNTER_DIGITS = 4
_COUNTER_MAX = 16**_COUNTER_DIGITS - 1


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        if not 0 <= self.wall_ms < 10**_WALL_DIGITS:
            raise ValueError(f"clock wall time out of range: {self.wall_ms}")
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}x}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> "Stamp":
        try:
            wall, counter, device = text.split(".", 2)
            if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS or not device:
                raise ValueError
            return cls(int(wall), int(counter, 16), device)
        except ValueError:
            raise ValueError(f"not a clock stamp: {text!r}") from None

    def __str__(self) -> str:
        return self.encode()


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps for one device. Not thread-safe:
    the store serialises writes, and each write stamps under its transaction."""

    def __init__(self, device: str, last: Stamp | None = None,
                 wall: Callable[[], int] = wall_clock_ms) -> None:
        if not device or "." in device:
            raise ValueError("device id must be non-empty and contain no '.'")
        self.device = device
        self._wall = wall
        self._last = last or Stamp(0, 0, device)

    @property
    def last(self) -> Stamp:
        return self._last

    def now(self) -> Stamp:
        wall = self._wall()
        if wall > self._last.wall_ms:
            stamp = Stamp(wall, 0, self.device)
        else:
            stamp = self._bump(self._last.wall_ms, self._last.counter)
        self._last = stamp
        return stamp

    def observe(self, remote: Stamp | str) -> None:
        """Advance past a stamp seen from another device (on import)."""
        if isinstance(remote, str):
            remote = Stamp.decode(remote)
        if (remote.wall_ms, remote.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(remote.wall_ms, remote.counter, self.device)

    def _bump(self, wall: int, counter: int) -> Stamp:
        if counter >= _COUNTER_MAX:
            return Stamp(wall + 1, 0, self.device)
        return Stamp(wall, counter + 1, self.device)
