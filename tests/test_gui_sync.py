"""Sync in the window: import with preview, export, drop a file, and the
conflict review panel (pytest-qt, offscreen, synchronous worker)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QPushButton

from sync_replicas import Replica
from ui.conflict_dialog import ConflictDialog
from ui.main_window import MainWindow
from ui.session import Session
from ui.sync_dialogs import ImportPreviewDialog
from ui.worker import ImmediateWorker


@pytest.fixture
def two(tmp_path, qtbot):
    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    win = MainWindow(Session(b.db, ImmediateWorker()))
    qtbot.addWidget(win)
    yield a, b, win
    win.close()
    a.close()
    b.close()


def test_import_shows_a_preview_then_applies(two, monkeypatch):
    a, b, win = two
    acc, _ = a.records.create("account", {"name": "华东电力"})
    a.records.create("stakeholder", {"account_id": acc, "name": "王军"})
    bundle = a.export()
    previews = []

    def fake_exec(dialog):
        previews.append(dialog.findChild(object, "previewTable"))
        table = previews[-1]
        previews[-1] = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        return True
    monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)
    win.sync.import_path(bundle)
    win.session.bus.flush()
    assert previews == [{"Account": "1", "Person": "1"}]
    assert [win.accounts.model.index(r).data() for r in range(win.accounts.model.rowCount())] == ["华东电力  ·  B"]


def test_importing_a_bundle_again_says_nothing_changed(two, monkeypatch):
    a, b, win = two
    a.records.create("account", {"name": "华东电力"})
    bundle = a.export()
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: True)
    win.sync.import_path(bundle)
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: previews.append(self) or True)
    win.sync.import_path(bundle)
    assert previews == []  # nothing to preview...
    assert "imported before" in win.statusBar().currentMessage() and bundle.name in win.statusBar().currentMessage()


def test_cancelled_preview_writes_nothing(two, monkeypatch):
    a, b, win = two
    a.records.create("account", {"name": "Not yet"})
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: False)
    before = b.shared()
    win.sync.import_path(a.export())
    assert b.shared() == before


def test_encrypted_import_asks_for_the_passphrase(two, monkeypatch):
    a, b, win = two
    a.records.create("account", {"name": "Secret account"})
    bundle = a.export(passphrase="team pass")
    monkeypatch.setattr(win.sync, "ask_passphrase", lambda path: "team pass")
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: True)
    win.sync.import_path(bundle)
    assert [x["name"] for x in b.records.list("account")] == ["Secret account"]


def test_export_writes_a_bundle_a_teammate_can_import(two, tmp_path):
    a, b, win = two
    b.records.create("account", {"name": "From the window"})
    out = tmp_path / "out.kap"
    win.sync.run_export(out, passphrase="pw")
    assert out.exists()
    a.import_(out, passphrase="pw")
    assert [x["name"] for x in a.records.list("account")] == ["From the window"]


def test_dropping_a_file_on_the_window_imports_it(two, monkeypatch):
    a, b, win = two
    seen = []
    monkeypatch.setattr(win.sync, "import_path", lambda path: seen.append(path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/x.kap")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    assert seen == [Path("/tmp/x.kap")]


def test_conflict_panel_keeps_mine_and_the_edit_wins_everywhere(two, qtbot):
    a, b, win = two
    acc, _ = a.records.create("account", {"name": "Conflicted"})
    b.import_(a.export())
    a.records.update("account", acc, {"summary": "A long note from A about the budget 预算 …"})
    b.records.update("account", acc, {"summary": "B wrote this instead"})
    b.import_(a.export())
    a.import_(b.export())
    loser, winner_text = (a, b) if a.records.get("account", acc)["summary"].startswith("B") else (b, a)
    dialog = ConflictDialog(Session(loser.db, ImmediateWorker()))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 1
    mine_text = dialog.mine.toPlainText()
    assert mine_text and dialog.theirs.toPlainText() and mine_text != dialog.theirs.toPlainText()
    dialog.findChild(QPushButton, "keepMine").click()
    assert loser.records.get("account", acc)["summary"] == mine_text
    other = b if loser is a else a
    other.import_(loser.export())
    assert other.records.get("account", acc)["summary"] == mine_text
    assert dialog.empty.isVisible() or dialog.table.rowCount() < 1 or all(
        c["field"] != "summary" for c in dialog.items)
