"""One application window per database: an exclusive lock on ``DB.lock``.

The command line does not take this lock (SQLite itself keeps concurrent
writers safe); a second *application* on the same file is refused with a clear
message instead of two windows overwriting each other's edits.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.store.errors import StoreError


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh = None

    def acquire(self) -> None:
        fh = open(self.path, "a+")
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise StoreError(
                f"The planner is already open on {self.path.with_suffix('')}. "
                "Switch to that window, or close it first.") from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
