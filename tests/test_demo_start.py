"""First start with no data opens on the demo, clearly marked, with a way
to start an empty database of one's own."""

from PySide6.QtWidgets import QPushButton

from planner.store import paths
from ui.controller import AppController
from ui.worker import ImmediateWorker


def test_first_start_shows_demo_then_own_empty_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    monkeypatch.setattr("ui.controller.own_database", lambda: tmp_path / "planner.db")
    path, demo = paths.startup_database(None)
    c = AppController(worker=ImmediateWorker())
    try:
        assert c.open(path, demo)
        c.session.bus.flush()
        win = c.window
        assert "demo" in win.windowTitle()
        names = [win.accounts.model.index(r).data() for r in range(win.accounts.model.rowCount())]
        assert any("华东" in n for n in names) and any("Northwind" in n for n in names)
        win.page.tabs.setCurrentWidget(win.page.people)
        assert win.page.people.model.rowCount() >= 25  # first account selected, people shown
        win.findChild(QPushButton, "startEmpty").click()
        assert c.session.db.path == tmp_path / "planner.db" and not c.session.demo
        assert c.window.accounts.model.rowCount() == 0
        assert "demo" not in c.window.windowTitle()
        # the next start opens the user's own database
        assert paths.startup_database(None) == (tmp_path / "planner.db", False)
    finally:
        if c.window is not None:
            c.window.close()
        c.shutdown()
