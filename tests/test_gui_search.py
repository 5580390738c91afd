"""The search palette driven through the window (pytest-qt, offscreen)."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import ImmediateWorker


@pytest.fixture
def window(qtbot, db, records):
    ids = {}
    ids["acme"], _ = records.create("account", {"name": "Acme Hospital", "tier": "A"})
    ids["grid"], _ = records.create("account", {"name": "华东电网", "tier": "S"})
    ids["note"], _ = records.create("note", {"account_id": ids["grid"], "title": "二期",
                                             "body": "<p>控制价680万，<b>预算</b>已批复</p>"})
    ids["wang"], _ = records.create("stakeholder", {"account_id": ids["grid"], "name": "王军", "title": "主任"})
    for i in range(30):  # enough people that the one found must be scrolled to
        records.create("stakeholder", {"account_id": ids["grid"], "name": f"Person {i:02d}"})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.accounts.select(ids["acme"])
    win.ids = ids
    return win


def palette_after_typing(win, qtbot, text):
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = win.search_palette
    assert palette.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.box, timeout=2000)
    palette.box.insert(text)  # QTest cannot type Chinese; an input method inserts text
    qtbot.waitUntil(lambda: palette.results.count() > 0, timeout=2000)
    return palette


def test_ctrl_k_chinese_word_enter_selects_the_account(window, qtbot):
    palette = palette_after_typing(window, qtbot, "预算")
    assert [h.kind for h in palette.hits] == ["note"]
    label = palette.results.itemWidget(palette.results.item(0))
    assert "预算</b>" in label.text() and "华东电网" in label.text()
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.accounts.selected_id() == window.ids["grid"]
    assert window.page.account_id == window.ids["grid"]
    assert window.page.tabs.currentIndex() == window.page.tab_for_kind["note"]
    visits = window.page.tabs.currentWidget()
    assert visits._current_entry().id == window.ids["note"]  # the note itself is open


def test_opportunity_result_opens_the_deal(window, qtbot, records):
    grid = window.ids["grid"]
    records.create("opportunity", {"account_id": grid, "name": "一期平台"})
    deal, _ = records.create("opportunity", {"account_id": grid, "name": "巡检机器人 robot"})
    palette = palette_after_typing(window, qtbot, "巡检机器人")
    assert [(h.kind, h.id) for h in palette.hits] == [("opportunity", deal)]
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    assert window.page.tabs.currentIndex() == window.page.tab_for_kind["opportunity"]
    assert window.page.tabs.currentWidget().current_id() == deal


def test_person_result_opens_people_tab_with_the_person_selected(window, qtbot):
    window.accounts.search.setText("Acme")  # the list filter hides the account we jump to
    palette = palette_after_typing(window, qtbot, "wangjun")
    assert [(h.kind, h.id) for h in palette.hits] == [("stakeholder", window.ids["wang"])]
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    assert window.accounts.selected_id() == window.ids["grid"]
    assert window.page.tabs.currentWidget() is window.page.people
    people = window.page.people
    assert people.selected_ids() == [window.ids["wang"]]


def test_typing_searches_and_arrows_pick_a_result(window, qtbot, records):
    records.create("visit", {"account_id": window.ids["acme"], "starts_at": datetime.now() + timedelta(days=2),
                             "purpose": "Budget review"})
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_palette
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.box, timeout=2000)
    qtbot.keyClicks(palette.box, "budg")
    qtbot.waitUntil(lambda: palette.results.count() == 1, timeout=2000)
    assert [h.kind for h in palette.hits] == ["visit"]
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    assert window.accounts.selected_id() == window.ids["acme"]
    assert window.page.tabs.currentIndex() == window.page.tab_for_kind["visit"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.box, timeout=2000)
    assert palette.box.selectedText() == "budg"  # the last search, ready to be typed over
    palette.box.clear()
    qtbot.keyClicks(palette.box, "zzzz")
    qtbot.waitUntil(lambda: "zzzz" in palette.status.text(), timeout=2000)
    assert palette.results.count() == 0
    qtbot.keyClick(palette.box, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_new_records_are_found_without_reopening(window, qtbot, records):
    palette = palette_after_typing(window, qtbot, "预算")
    records.create("note", {"account_id": window.ids["acme"], "body": "预算 for theatres"})
    palette.search_now()
    assert len(palette.hits) == 2
    qtbot.keyClick(palette.box, Qt.Key.Key_Down)
    assert palette.results.currentRow() == 1


def test_calendar_export_action(window, qtbot, tmp_path, records):
    records.create("visit", {"account_id": window.ids["grid"], "starts_at": datetime.now() + timedelta(days=2),
                             "purpose": "汇报"})
    from ui.calendar_export import export_planned_visits

    out = tmp_path / "v.ics"
    export_planned_visits(window, window.session, str(out))
    assert "SUMMARY:华东电网: 汇报" in out.read_text(encoding="utf-8")
    assert "1 planned visit" in window.statusBar().currentMessage()
    assert window.findChild(type(window.menuBar().actions()[0]), "exportCalendar") is not None
