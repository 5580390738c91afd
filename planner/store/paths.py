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
    return db_path.parent / "backups"
