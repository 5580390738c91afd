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
        try:
            fh = open(self.path, "a+")
        except OSError as exc:
            folder = self.path.parent
            raise StoreError(
                f"Cannot open the database in {folder}: the planner must write beside it ({exc.strerror or exc}). "
                "Copy it to a folder you can write to; nothing was changed.",
                f"无法在 {folder} 打开数据库：需要在它旁边写文件（{exc.strerror or exc}）。"
                "请把数据库复制到可写的文件夹；没有做任何改动。") from None
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            db = self.path.with_suffix('')
            raise StoreError(
                f"The planner is already open on {db}. Switch to that window, or close it first.",
                f"客户计划已经在另一个窗口打开了 {db}。请切换到那个窗口，或先关闭它。") from None
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
