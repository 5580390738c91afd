"""A crash while typing a note loses at most the last seconds: the app runs
in a child process, types into a note, waits past the autosave and is
killed with SIGKILL; the text is in the database."""

import signal
import textwrap

import pytest

from planner.demo import add_demo, demo_account_ids
from planner.services import Records
from planner.store import open_database
from ui.visits.note_editor import AUTOSAVE_MS

from kill_helpers import type_then_kill

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from ui.app import make_application
    from ui.controller import AppController

    app = make_application()
    controller = AppController()
    assert controller.open(Path(sys.argv[1]))
    window = controller.window
    window.accounts.select(sys.argv[2])
    tab = window.page.visits
    window.page.tabs.setCurrentWidget(tab)

    def type_note():
        note_id = tab.new_note("Crash test")
        QTest.keyClicks(tab.note_editor.text, sys.argv[3])
        print("TYPED", note_id, flush=True)   # typing stops here; the app keeps running
    QTimer.singleShot(200, type_note)
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_text_typed_before_a_kill_is_saved(tmp_path):
    path = tmp_path / "crash.db"
    db = open_database(path)
    add_demo(Records(db))
    db.close()
    typed = "Budget 4000 confirmed by finance"
    line, code = type_then_kill(CHILD, [str(path), demo_account_ids()[0], typed], AUTOSAVE_MS / 1000 + 1.5)
    note_id = line.split()[1]
    assert code == -signal.SIGKILL
    db = open_database(path)  # the instance lock of a killed process does not block opening the file
    try:
        assert Records(db).get("note", note_id)["body"] == typed
    finally:
        db.close()
