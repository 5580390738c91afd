"""Starting the application: which database, one window per database,
clear errors for files that cannot be opened."""


import pytest

from planner.store import paths
from ui import controller as app_module
from ui.controller import AppController
from ui.worker import ImmediateWorker


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def controller(qtbot):
    made = []

    def make():
        c = AppController(worker=ImmediateWorker())
        made.append(c)
        return c
    yield make
    for c in made:
        if c.window is not None:
            c.window.close()
        c.shutdown()


def test_first_start_without_data_chooses_the_demo_database(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    path, demo = paths.startup_database(None)
    assert (path, demo) == (tmp_path / "demo.db", True)
    (tmp_path / "planner.db").write_bytes(b"")
    assert paths.startup_database(None) == (tmp_path / "planner.db", False)
    assert paths.startup_database(str(tmp_path / "x.db")) == (tmp_path / "x.db", False)


def test_a_second_window_on_the_same_database_is_refused(controller, tmp_path, errors):
    first = controller()
    assert first.open(tmp_path / "p.db")
    second = controller()
    assert not second.open(tmp_path / "p.db")
    assert errors and "already open" in errors[0]
    assert second.window is None


def test_a_file_that_is_not_a_database_gives_a_clear_error(controller, tmp_path, errors):
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    c = controller()
    assert not c.open(bad)
    assert "not a planner database" in errors[0]
    assert bad.read_text() == "hello"


def test_opening_another_database_keeps_the_window_working(controller, tmp_path, errors):
    c = controller()
    assert c.open(tmp_path / "a.db")
    c.session.records.create("account", {"name": "A"})
    assert c.open(tmp_path / "b.db")
    assert c.session.db.path == tmp_path / "b.db"
    assert c.window.accounts.model.rowCount() == 0
    # the first database's lock is released: it can be opened again
    assert c.open(tmp_path / "a.db")
    assert c.window.accounts.model.rowCount() == 1


def test_opening_takes_a_rolling_backup(controller, tmp_path):
    c = controller()
    assert c.open(tmp_path / "p.db")
    assert len(list((tmp_path / "backups" / "p").glob("planner-*.db"))) == 1
    assert c.open(tmp_path / "p.db")  # same day: no second backup
    assert len(list((tmp_path / "backups" / "p").glob("planner-*.db"))) == 1


def test_start_up_paints_a_frame_then_the_full_window_on_the_database(tmp_path):
    import os
    import subprocess
    import sys

    from planner.services import Records
    from planner.store import open_database

    db = open_database(tmp_path / "mine.db")
    Records(db).create("account", {"name": "华东电力"})
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_BENCH="1",
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data"))
    code = ("import sys; from ui.app import run; "
            "sys.exit(run(sys.argv[1], exit_after_first_paint=True))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "mine.db")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    marks = [line.split()[0] for line in out.stderr.splitlines() if line.endswith(tuple("0123456789"))
             and line.split()[0] in ("first-paint", "window-paint")]
    assert marks == ["first-paint", "window-paint"]
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("demo.db"))


def test_a_typed_path_in_a_missing_folder_is_refused_by_the_window_too(controller, tmp_path, errors):
    typo = tmp_path / "nonexist" / "x.db"
    c = controller()
    assert not c.open(typo, create_folder=False)
    assert "There is no folder" in errors[0] and not typo.parent.exists()
    assert c.open(tmp_path / "data" / "planner.db")   # the user data folder is made as before
