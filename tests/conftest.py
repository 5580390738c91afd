import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
