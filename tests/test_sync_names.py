"""Teammates by name: the name a rep gives travels in the bundles' manifests,
so previews, conflict lists and `sync status` name people, not device codes."""

import json

import pytest

from planner.services.errors import ValidationError
from planner.sync.names import names_of, set_own_name
from sync_replicas import Replica


@pytest.fixture
def three(tmp_path):
    reps = [Replica(tmp_path, n) for n in "abc"]
    yield reps
    for r in reps:
        r.close()


def device(rep):
    from planner.services.clock import device_id

    with rep.db.write() as s:
        return device_id(s)


def test_names_travel_with_bundles_and_label_conflicts(three):
    a, b, c = three
    with a.db.write() as s:
        set_own_name(s, "  陈晓   (华东) ")
    acc, _ = a.records.create("account", {"name": "华东电力"})
    person, _ = a.records.create("stakeholder", {"account_id": acc, "name": "王军"})
    report = b.import_(a.export())
    assert report.sender_name == "陈晓 (华东)" and report.as_json()["sender_name"] == "陈晓 (华东)"
    assert names_of(b.db) == {device(a): "陈晓 (华东)"}
    # a concurrent edit: b's list says who made the other value
    a.records.update("stakeholder", person, {"title": "CFO"})
    b.records.update("stakeholder", person, {"title": "总经理"})
    b.import_(a.export())
    conflict = next(x for x in b.conflicts() if x["field"] == "title")
    assert {conflict["mine_by"], conflict["theirs_by"]} == {device(b), f"陈晓 (华东) ({device(a)})"}
    # relayed: c learns a's name from b's bundle; b has no name, so c shows its code
    c.import_(b.export(full=True))
    assert names_of(c.db) == {device(a): "陈晓 (华东)"}
    # a renames: the sender's own entry always wins
    with a.db.write() as s:
        set_own_name(s, "陈晓")
    a.records.update("account", acc, {"tier": "S"})
    b.import_(a.export())
    assert names_of(b.db)[device(a)] == "陈晓"


def test_a_name_is_short_plain_text():
    from planner.sync.names import clean

    assert clean(" 王  军 ") == "王 军"
    assert clean("x" * 61) is None and clean("a\x00b") is None and clean(5) is None


def test_the_command_line_sets_and_shows_the_name(tmp_path, capsys):
    from planner.cli.main import main

    db = str(tmp_path / "n.db")
    assert main(["--db", db, "sync", "name", "李娜"]) == 0
    assert main(["--db", db, "sync", "name"]) == 0
    assert main(["--db", db, "sync", "status", "--json"]) == 0
    out = capsys.readouterr().out
    assert "李娜" in out.splitlines()[1]
    assert json.loads(out[out.index("{"):])["name"] == "李娜"
    assert main(["--db", db, "sync", "name", "x" * 80]) != 0


def test_preferences_edit_the_name(qtbot, tmp_path):
    from planner.store import open_database
    from ui.preferences import PreferencesDialog
    from ui.session import Session
    from ui.worker import ImmediateWorker

    session = Session(open_database(tmp_path / "p.db"), ImmediateWorker())
    dialog = PreferencesDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.name.setText("周鹏")
    dialog.accept()
    assert list(names_of(session.db).values()) == ["周鹏"]
    again = PreferencesDialog(None, session)
    qtbot.addWidget(again)
    assert again.name.text() == "周鹏"
    session.db.close()
