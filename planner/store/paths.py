"""Where the database lives: ``--db``, else ``$PLANNER_DB``, else the user's
data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from planner import APP_ID

ENV_DB = "PLANNER_DB"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return data_dir() / "planner.db"


def backup_dir(db_path: Path) -> Path:
    """Each database has its own backup folder (rolling backups of one must
    not count as backups of another in the same folder)."""
    return db_path.parent / "backups" / db_path.stem


def startup_database(explicit: str | os.PathLike[str] | None = None) -> tuple[Path, bool]:
    """Which database the application opens, and whether it is the demo.

    ``--db`` or ``$PLANNER_DB`` win. Otherwise the user's own database once it
    exists; before that (first start, no data yet) the demo database, kept in
    a separate file so demo and real data never mix."""
    if explicit or os.environ.get(ENV_DB):
        return resolve_db_path(explicit), False
    own = data_dir() / "planner.db"
    if own.exists():
        return own, False
    return data_dir() / "demo.db", True


def own_database() -> Path:
    return data_dir() / "planner.db"
