"""Backups: copies taken with SQLite's online backup API (consistent even
while the application has the file open), rolling daily backups that keep the
last N, and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from planner.store.errors import StoreError

DEFAULT_KEEP = 10
_PREFIX = "planner-"


def copy_database(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Backup of {source} failed: {exc}") from None
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def list_backups(folder: Path) -> list[Path]:
    found = folder.glob(f"{_PREFIX}*.db") if folder.is_dir() else []
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def make_backup(db_path: Path, folder: Path, keep: int = DEFAULT_KEEP,
                now: datetime | None = None) -> Path:
    now = now or datetime.now()
    dest = folder / f"{_PREFIX}{now:%Y%m%d-%H%M%S}.db"
    n = 1
    while dest.exists():  # never overwrite a backup taken in the same second
        n += 1
        dest = folder / f"{_PREFIX}{now:%Y%m%d-%H%M%S}-{n}.db"
    copy_database(db_path, dest)
    for old in list_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return dest


def rolling_backup(db_path: Path, folder: Path, keep: int = DEFAULT_KEEP,
                   every: timedelta = timedelta(days=1), now: datetime | None = None) -> Path | None:
    """Take a backup unless the newest one is younger than ``every``."""
    now = now or datetime.now()
    existing = list_backups(folder)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime)
        if now - newest < every:
            return None
    return make_backup(db_path, folder, keep, now)


def restore(backup_file: Path, db_path: Path, folder: Path) -> Path | None:
    """Replace the database with a backup after checking the backup is sound.
    The current database is itself backed up first; returns that copy."""
    if not backup_file.is_file():
        raise StoreError(f"No backup file at {backup_file}.")
    try:
        conn = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{backup_file} is not a usable backup ({exc}). Nothing was changed.") from None
    if ok != "ok":
        raise StoreError(f"{backup_file} is damaged ({ok}). Nothing was changed.")
    safety = make_backup(db_path, folder, keep=10_000) if db_path.exists() else None
    # Copy *into* the live database through SQLite, not over the file: the
    # write-ahead log beside it would otherwise replay the old data.
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path), timeout=10)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise StoreError(f"Restoring {backup_file} failed ({exc}); the database was left as it was.") from None
    finally:
        dst.close()
        src.close()
    return safety
