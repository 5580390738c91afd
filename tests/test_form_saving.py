"""What is typed into a form is kept (pytest-qt, offscreen, demo data):
the visit debrief autosaves and is saved when another visit is shown or the
window closes; multi-line fields autosave after a pause as one undo step
and survive a kill; Tab leaves every multi-line field; dates are typed in
the common Chinese and slash forms, cleared, and absurd years refused with
a message that says what to type."""

import signal
import textwrap
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

from planner.demo import add_demo, demo_account_ids
from planner.services import Records
from planner.store import open_database
from ui.main_window import MainWindow
from ui.record_form import AUTOSAVE_MS
from ui.session import Session
from ui.visits import plan_dialog as plan_module
from ui.worker import ImmediateWorker

from kill_helpers import type_then_kill



@pytest.fixture
def win(qtbot, db, records, monkeypatch):
    add_demo(records)
    session = Session(db, ImmediateWorker())
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.accounts.select(demo_account_ids()[0])
    window.errors = []
    monkeypatch.setattr("ui.main_window.show_error", lambda _parent, _title, text: window.errors.append(text))
    yield window
    session.undo_stack.cleanChanged.disconnect()


def type_text(widget, text):
    """Typing as an input method delivers it: key events carrying the text
    (QTest.keyClicks cannot type Chinese)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0 if ch.isascii() else Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))


def visits_tab(win):
    win.page.tabs.setCurrentWidget(win.page.visits)
    tab = win.page.visits
    rows = [r for r, e in enumerate(tab.model.entries) if e.kind == "visit"]
    return tab, rows


def deal_tab(win):
    win.page.tabs.setCurrentWidget(win.page.opportunities)
    tab = win.page.opportunities
    tab.select(next(o["id"] for o in tab.opps if o["stage"] == "solution"))
    return tab


# 1. the visit debrief -----------------------------------------------------
def test_debrief_typed_then_another_visit_selected_is_saved_and_undoable(win, qtbot, records):
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    panel = tab.visit_panel
    visit_id = panel.visit_id
    box = panel.outcomes["outcome_real_need"]
    before = records.get("visit", visit_id)["outcome_real_need"]
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    type_text(box, " 降低非计划停运")
    tab.table.selectRow(rows[1])                       # no Save button pressed
    assert panel.visit_id != visit_id
    assert records.get("visit", visit_id)["outcome_real_need"] == before + " 降低非计划停运"
    tab.table.selectRow(rows[0])
    assert box.toPlainText() == before + " 降低非计划停运"
    # an undoable edit, like notes
    win.session.undo_stack.undo()
    win.session.bus.flush()
    assert records.get("visit", visit_id)["outcome_real_need"] == before
    assert box.toPlainText() == before


def test_debrief_autosaves_after_a_pause_without_losing_the_cursor_or_follow_ups(win, qtbot, records):
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    panel = tab.visit_panel
    panel.add_follow_up("Send the minutes", "Chen", date(2030, 1, 10))
    box = panel.outcomes["outcome_next_steps"]
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, "pilot in May")
    assert records.get("visit", panel.visit_id)["outcome_next_steps"] != "pilot in May"   # not on each key
    assert panel.status.text() == "Editing…"
    qtbot.wait(AUTOSAVE_MS + 400)
    assert records.get("visit", panel.visit_id)["outcome_next_steps"] == "pilot in May"
    assert panel.status.text() == "Saved"
    # the refresh that followed the save kept the cursor and the follow-up not saved yet
    qtbot.keyClicks(box, ", then roll-out")
    assert box.toPlainText() == "pilot in May, then roll-out"
    assert panel.followups.rowCount() == 1 and panel.followups.item(0, 0).text() == "Send the minutes"


def test_debrief_typed_then_window_closed_is_saved(win, qtbot, records):
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    panel = tab.visit_panel
    visit_id = panel.visit_id
    type_text(panel.notes, "第二次输入")
    win.close()
    assert "第二次输入" in records.get("visit", visit_id)["notes"]


def test_debrief_typed_then_a_note_opened_is_saved(win, qtbot, records):
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    panel = tab.visit_panel
    visit_id = panel.visit_id
    qtbot.keyClicks(panel.outcomes["outcome_feedback"], "price")
    note_row = next(r for r, e in enumerate(tab.model.entries) if e.kind == "note")
    tab.table.selectRow(note_row)
    assert tab.detail.currentWidget() is tab.note_editor
    assert records.get("visit", visit_id)["outcome_feedback"].endswith("price")


# 2. multi-line form fields --------------------------------------------------
def test_description_autosaves_after_a_pause_as_one_undo_step(win, qtbot, records):
    tab = deal_tab(win)
    opp = tab.current_id()
    box = tab.deal.form._widgets["description"]
    before = records.get("opportunity", opp)["description"]
    stack = win.session.undo_stack
    steps = stack.count()
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    type_text(box, "【客户要求12月前给出报价】")
    assert records.get("opportunity", opp)["description"] == before     # no save per keystroke
    qtbot.wait(AUTOSAVE_MS + 400)                                        # focus still in the box
    assert box.hasFocus()
    assert records.get("opportunity", opp)["description"] == before + "【客户要求12月前给出报价】"
    assert stack.count() == steps + 1
    qtbot.keyClicks(box, "!")
    qtbot.wait(AUTOSAVE_MS + 400)
    assert records.get("opportunity", opp)["description"].endswith("】!")
    assert box.toPlainText().endswith("】!") and box.textCursor().atEnd()   # the refresh kept the cursor
    assert stack.count() == steps + 1          # consecutive edits of the field merge
    stack.undo()
    win.session.bus.flush()
    assert records.get("opportunity", opp)["description"] == before


def test_typing_then_switching_opportunity_saves_to_the_first_one(win, qtbot, records):
    tab = deal_tab(win)
    first = tab.current_id()
    box = tab.deal.form._widgets["outcome_reason"]
    qtbot.keyClicks(box, "price")
    other = next(o["id"] for o in tab.opps if o["id"] != first)
    tab.select(other)                       # programmatic: no focus change
    assert records.get("opportunity", first)["outcome_reason"].endswith("price")
    assert not records.get("opportunity", other)["outcome_reason"].endswith("price")


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from ui.app import make_application
    from ui.controller import AppController

    app = make_application()
    controller = AppController()
    assert controller.open(Path(sys.argv[1]))
    window = controller.window
    window.accounts.select(sys.argv[2])
    page = window.page
    page.tabs.setCurrentWidget(page.overview)

    def type_summary():
        box = page.overview.form._widgets["summary"]
        box.setFocus()
        box.clear()
        for ch in sys.argv[3]:   # key events carrying Chinese text, as an input method sends them
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        print("TYPED", flush=True)   # typing stops; the focus stays in the box
    QTimer.singleShot(200, type_summary)
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_text_typed_in_a_form_field_survives_a_kill(tmp_path):
    path = tmp_path / "crash.db"
    db = open_database(path)
    add_demo(Records(db))
    db.close()
    typed = "客户要求12月前给出报价"
    account = demo_account_ids()[0]
    type_then_kill(CHILD, [str(path), account, typed], AUTOSAVE_MS / 1000 + 1.5)
    db = open_database(path)
    try:
        assert Records(db).get("account", account)["summary"] == typed
    finally:
        db.close()


# 3. Tab moves focus out of multi-line fields ------------------------------------
def test_tab_leaves_the_description_instead_of_typing_tabs(win, qtbot, records):
    tab = deal_tab(win)
    opp = tab.current_id()
    box = tab.deal.form._widgets["description"]
    before = records.get("opportunity", opp)["description"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert not box.hasFocus()
    assert QApplication.focusWidget() is tab.deal.form._widgets["outcome_reason"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert box.hasFocus()
    for _ in range(24):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    box.clearFocus()
    assert "\t" not in box.toPlainText()
    assert records.get("opportunity", opp)["description"] == before


def test_every_multi_line_field_lets_tab_move_on(win, qtbot, monkeypatch):
    page = win.page
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    tab.new_note("Tab test")
    fields = win.findChildren(QPlainTextEdit) + win.findChildren(QTextEdit)
    seen = {}

    def look(dialog):
        seen["dialog"] = dialog.findChildren(QPlainTextEdit)
        return False
    monkeypatch.setattr(plan_module.PlanVisitDialog, "exec", look)
    tab.plan_visit()
    fields += seen["dialog"]
    editable = [f for f in fields if not f.isReadOnly()]
    names = {f.objectName() for f in editable}
    for expected in ("opportunity_description", "opportunity_outcome_reason", "account_summary",
                     "account_tier_rationale", "value_proposition_text", "outcome_real_need",
                     "visitNotes", "planPurpose", "planQuestions", "noteText"):
        assert expected in names
    assert [f.objectName() for f in editable if not f.tabChangesFocus()] == []


# 4. dates --------------------------------------------------------------------
@pytest.mark.parametrize("typed,stored", [("2027/3/5", date(2027, 3, 5)), ("2027年3月5日", date(2027, 3, 5)),
                                          ("2027年3月5", date(2027, 3, 5)), ("20270305", date(2027, 3, 5)),
                                          (" 2027-03-05 ", date(2027, 3, 5)), ("", None)])
def test_expected_close_accepts_common_forms_and_can_be_cleared(win, records, typed, stored):
    tab = deal_tab(win)
    opp = tab.current_id()
    close = tab.deal.form._widgets["expected_close"]
    assert records.get("opportunity", opp)["expected_close"] is not None
    close.setFocus()
    close.selectAll()
    QTest.keyClick(close, Qt.Key.Key_Delete)
    type_text(close, typed)
    QTest.keyClick(close, Qt.Key.Key_Tab)
    assert records.get("opportunity", opp)["expected_close"] == stored
    assert close.text() == (stored.isoformat() if stored else "")
    assert win.errors == []


@pytest.mark.parametrize("typed,words", [("1900-01-01", ["1900", "1970", "2100"]),
                                         ("9999-12-31", ["9999", "2100"]),
                                         ("2026-02-30", ["2027-03-05"]),
                                         ("next week", ["2027-03-05", "2027/3/5", "2027年3月5日"])])
def test_expected_close_refuses_bad_dates_saying_what_to_type(win, records, typed, words):
    tab = deal_tab(win)
    opp = tab.current_id()
    stored = records.get("opportunity", opp)["expected_close"]
    close = tab.deal.form._widgets["expected_close"]
    close.setText(typed)
    close.editingFinished.emit()
    assert records.get("opportunity", opp)["expected_close"] == stored
    assert close.text() == stored.isoformat()
    (error,) = win.errors
    assert error.startswith("Expected close") and all(w in error for w in words)


def test_date_error_is_worded_in_chinese(win, records):
    win.session.lang = "zh_CN"
    tab = deal_tab(win)
    close = tab.deal.form._widgets["expected_close"]
    close.setText("9999-12-31")
    close.editingFinished.emit()
    close.setText("明年")
    close.editingFinished.emit()
    assert win.errors[0].startswith("预计成交：") and "年份 9999 超出范围" in win.errors[0]
    assert "请按 2027-03-05" in win.errors[1]


def test_follow_ups_typed_then_another_visit_selected_become_action_items(win, qtbot, records):
    tab, rows = visits_tab(win)
    tab.table.selectRow(rows[0])
    panel = tab.visit_panel
    visit_id = panel.visit_id
    before = {a["title"] for a in records.list("action_item", visit_id=visit_id)}
    panel.add_follow_up("寄送试点报告", "陈晓", date(2030, 1, 10))
    panel.add_follow_up("", "nobody")                          # no title: left out
    panel.add_follow_up("Call Wang", "Chen")
    panel.followups.item(2, 2).setText("next week")            # not a date: the default due date
    tab.table.selectRow(rows[1])                               # no Save button pressed
    win.session.bus.flush()
    items = {a["title"]: a for a in records.list("action_item", visit_id=visit_id)}
    assert set(items) - before == {"寄送试点报告", "Call Wang"}
    assert items["寄送试点报告"]["owner"] == "陈晓" and items["寄送试点报告"]["due_date"] == date(2030, 1, 10)
    assert items["Call Wang"]["due_date"] is not None
    win.session.undo_stack.undo()                              # one undo step takes both back
    win.session.bus.flush()
    assert {a["title"] for a in records.list("action_item", visit_id=visit_id)} == before
