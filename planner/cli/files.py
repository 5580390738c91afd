"""Commands that write a file the user named: a missing folder or a file
that cannot be written is one line on stderr and exit 2 (like ``sync
export``), never a traceback."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from planner.services.errors import ServiceError


class OutputError(ServiceError):
    """The output file cannot be written."""


def check_output(path: str | os.PathLike[str]) -> Path:
    """Fail before any work when ``path`` cannot be a new file: its folder
    is missing, or it is a folder itself."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: {folder} is not a folder")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    return path


@contextmanager
def writing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """``with writing(args.output) as path: export(..., path)``: checks the
    folder first and turns an OSError while writing into one clear line."""
    checked = check_output(path)
    try:
        yield checked
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
