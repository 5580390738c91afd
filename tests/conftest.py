import os
import sys
from pathlib import Path

import pytest

import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# keep the tests' settings and data folders away from the user's own
_HOME = tempfile.mkdtemp(prefix="planner-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ.pop("PLANNER_DB", None)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.services import Records  # noqa: E402
from planner.store import open_database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "planner.db")
    yield database
    database.close()


@pytest.fixture
def records(db):
    return Records(db)


@pytest.fixture
def account(records):
    account_id, _ = records.create("account", {"name": "Acme Grid", "tier": "A"})
    return account_id


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    """A modal message box would hang an offscreen test: record it and fail."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def refuse(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            raise AssertionError(f"unexpected {kind} message box: {title}: {text}")
        return box
    for kind in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(refuse(kind)))
    return shown
