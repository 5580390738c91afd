"""The application shell driven through real widgets (pytest-qt, offscreen)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui import dialogs
from ui.main_window import MainWindow
from ui.session import Session
from ui.stakeholder_model import RECORD_ROLE
from ui.worker import ImmediateWorker


@pytest.fixture
def window(qtbot, db, records):
    ids = {}
    ids["grid"], _ = records.create("account", {"name": "王家电网", "tier": "S", "industry": "电力"})
    ids["acme"], _ = records.create("account", {"name": "Acme Hospital", "tier": "A"})
    ids["chen"], _ = records.create("account", {"name": "陈氏集团", "tier": "B"})
    dep, _ = records.create("department", {"account_id": ids["grid"], "name": "财务部"})
    for name, roman in [("王军", "Wang Jun"), ("李娜", ""), ("Zoe Adams", "")]:
        ids[name], _ = records.create("stakeholder", {"account_id": ids["grid"], "name": name,
                                                      "name_romanised": roman, "department_id": dep})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.page.tabs.setCurrentIndex(0)  # a tab remembered from another test must not matter
    win.ids = ids
    return win


def errors_shown(win) -> list[str]:
    """The session's error lines, collected instead of shown in a box."""
    shown: list[str] = []
    win.session.error.disconnect()
    win.session.error.connect(shown.append)
    return shown


def _query_only(conn, _record):
    conn.execute("PRAGMA query_only = ON")


def read_only(engine, on: bool = True) -> None:
    """The database file refuses writes from now on (SQLite's own
    "attempt to write a readonly database"), or takes them again."""
    from sqlalchemy import event
    engine.dispose()
    (event.listen if on else event.remove)(engine, "connect", _query_only)


def names_in_list(win):
    view = win.accounts.view
    return [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole)["name"]
            for r in range(view.model().rowCount())]


def test_account_list_sorts_by_pinyin_and_filters(window, qtbot):
    # pinyin order for Chinese (Chen before Wang), as Chinese readers expect
    assert names_in_list(window) == ["陈氏集团", "王家电网", "Acme Hospital"]
    qtbot.keyClicks(window.accounts.search, "wangjia")
    assert names_in_list(window) == ["王家电网"]
    window.accounts.search.clear()
    tier = window.accounts.tier
    tier.setCurrentIndex(tier.findData("A"))
    assert names_in_list(window) == ["Acme Hospital"]


def test_overview_edit_is_saved_and_undoable(window, qtbot, records):
    window.accounts.select(window.ids["grid"])
    name = window.findChild(QLineEdit, "account_name")
    assert name.text() == "王家电网"
    name.setFocus()
    name.selectAll()
    name.insert("华东电网")  # QTest cannot type non-ASCII keys; an input method inserts text
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert records.get("account", window.ids["grid"])["name"] == "华东电网"
    window.session.undo_stack.undo()
    window.session.bus.flush()
    assert records.get("account", window.ids["grid"])["name"] == "王家电网"
    assert name.text() == "王家电网"
    window.session.undo_stack.redo()
    assert records.get("account", window.ids["grid"])["name"] == "华东电网"


def test_refused_edit_shows_message_and_keeps_data(window, qtbot, records, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    window.session.error.disconnect()
    window.session.error.connect(lambda text: dialogs.show_error(None, "t", text))
    window.accounts.select(window.ids["grid"])
    name = window.findChild(QLineEdit, "account_name")
    name.setText("   ")
    name.editingFinished.emit()
    assert shown and "cannot be empty" in shown[0][2]
    assert records.get("account", window.ids["grid"])["name"] == "王家电网"
    assert name.text() == "王家电网"


def people_rows(window):
    window.page.tabs.setCurrentWidget(window.page.people)  # tabs follow the account when opened
    proxy = window.page.people.proxy
    return [proxy.index(r, 0).data(RECORD_ROLE)["name"] for r in range(proxy.rowCount())]


def test_people_table_sorts_filters_and_edits_in_place(window, qtbot, records):
    window.accounts.select(window.ids["grid"])
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    assert people_rows(window) == ["李娜", "王军", "Zoe Adams"]  # Li, Wang, Zoe
    qtbot.keyClicks(people.search, "wang jun")
    assert people_rows(window) == ["王军"]
    people.search.clear()
    # edit the attitude of 王军 in place
    proxy = people.proxy
    row = people_rows(window).index("王军")
    col = [c.field for c in people.model.cols].index("attitude")
    assert proxy.setData(proxy.index(row, col), "sceptic")
    assert records.get("stakeholder", window.ids["王军"])["attitude"] == "sceptic"
    assert proxy.index(row, col).data() == "Sceptic"
    window.session.undo_stack.undo()
    window.session.bus.flush()
    assert records.get("stakeholder", window.ids["王军"])["attitude"] == "unknown"
    assert proxy.index(people_rows(window).index("王军"), col).data() == "Unknown"


def test_add_and_delete_person_with_undo(window, qtbot, records, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window.accounts.select(window.ids["grid"])
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("赵敏", True))
    people.add_person()
    assert "赵敏" in people_rows(window)
    people.table.selectRow(people_rows(window).index("赵敏"))
    monkeypatch.setattr("ui.people_tab.confirm", lambda *a: True)
    people.delete_selected()
    window.session.bus.flush()
    assert "赵敏" not in people_rows(window)
    assert "赵敏" not in [p["name"] for p in records.list("stakeholder")]
    window.session.undo_stack.undo()
    window.session.bus.flush()
    assert "赵敏" in people_rows(window)


def test_people_count_and_attitude_filter(window, records):
    window.accounts.select(window.ids["grid"])
    records_ = window.session.records
    window.session.bus.post(records_.update("stakeholder", window.ids["李娜"], {"attitude": "champion"}))
    window.session.bus.flush()
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    people.attitude.setCurrentIndex(people.attitude.findData("champion"))
    assert people_rows(window) == ["李娜"]
    assert "1 of 3" in people.count.text()


def test_an_account_without_people_says_how_to_add_them(window, records):
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    window.accounts.select(window.ids["acme"])
    assert people.empty.isVisible() and not people.table.isVisible()
    assert "Import contacts" in people.empty.text()
    window.session.bus.post(records.create("stakeholder", {"account_id": window.ids["acme"], "name": "Dan"})[1])
    window.session.bus.flush()
    assert people.table.isVisible() and not people.empty.isVisible()
    window.accounts.select(window.ids["grid"])
    people.search.setText("nobody matches this")  # a filter that hides everyone is not "no people"
    assert people.table.isVisible() and "0 of 3" in people.count.text()


def test_tabs_follow_the_account_when_they_are_opened(window):
    page = window.page
    calls = []
    original = page.people.show_account
    page.people.show_account = lambda account_id: (calls.append(account_id), original(account_id))
    window.accounts.select(window.ids["grid"])
    assert calls == []                                  # People is hidden: nothing computed
    page.tabs.setCurrentWidget(page.people)
    assert calls == [window.ids["grid"]] and people_rows(window) == ["李娜", "王军", "Zoe Adams"]
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.people)
    assert calls == [window.ids["grid"]]                # same account: not recomputed
    window.accounts.select(window.ids["acme"])          # visible tab follows at once
    assert calls[-1] == window.ids["acme"] and people_rows(window) == []


def test_an_edit_the_disk_refuses_is_reported_and_the_typed_text_kept(window, qtbot, records,
                                                                                 monkeypatch):
    """The file became read-only after opening (a drive remounted, a sync
    tool locking it): SQLite refuses the write; the rep is told, in one
    line; what was typed stays on screen and is saved once the disk takes
    it (it used to seem saved and was lost)."""
    shown = errors_shown(window)
    window.accounts.select(window.ids["grid"])
    name = window.findChild(QLineEdit, "account_name")
    read_only(window.session.db.engine)
    name.setText("华东电网")
    name.editingFinished.emit()
    assert shown and "read-only" in shown[0] and "Nothing of this change was saved" in shown[0]
    assert records.get("account", window.ids["grid"])["name"] == "王家电网"
    assert name.text() == "华东电网"  # what was typed stays, to be saved when the disk takes it
    window.session.lang = "zh_CN"
    name.editingFinished.emit()
    assert "只读" in shown[-1]
    assert window.session.undo_stack.count() == 0
    read_only(window.session.db.engine, False)
    name.editingFinished.emit()
    assert records.get("account", window.ids["grid"])["name"] == "华东电网"


def test_adding_an_account_whose_name_exists_asks_first(window, qtbot, records, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    from ui import account_list
    from planner.services import queries
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (" 王家电网 ", True)))
    answers = [False, True]
    asked = []
    monkeypatch.setattr(account_list, "confirm", lambda parent, title, text: asked.append(text) or answers.pop(0))
    window.accounts.select(window.ids["acme"])
    window.accounts.add_account()  # No: the existing account is shown, nothing added
    assert "already exists" in asked[0]
    assert window.accounts.selected_id() == window.ids["grid"]
    assert [a["name"] for a in queries.account_list(window.session.db)].count("王家电网") == 1
    window.accounts.add_account()  # Yes: a second one, as asked
    assert [a["name"] for a in queries.account_list(window.session.db)].count("王家电网") == 2
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Acme Clinic", True)))
    window.accounts.add_account()  # a new name: no question
    assert len(asked) == 2


def test_a_summary_the_disk_refuses_stays_typed_and_is_saved_later(window, qtbot, records):
    from PySide6.QtWidgets import QPlainTextEdit
    shown = errors_shown(window)
    window.accounts.select(window.ids["grid"])
    summary = window.findChild(QPlainTextEdit, "account_summary")
    read_only(window.session.db.engine)
    summary.setFocus()
    summary.setPlainText("预算在三季度批复；王军支持试点。")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)  # the autosave after the pause was refused
    assert "read-only" in shown[0]
    from planner.services import ChangeSet
    touched = ChangeSet()
    touched.add("updated", "account", window.ids["grid"])
    window.session.bus.post(touched)
    window.session.bus.flush()   # a refresh meanwhile does not wipe the unsaved text
    assert summary.toPlainText() == "预算在三季度批复；王军支持试点。"
    read_only(window.session.db.engine, False)
    window.page.overview.form.flush()
    qtbot.waitUntil(lambda: records.get("account", window.ids["grid"])["summary"] == "预算在三季度批复；王军支持试点。",
                    timeout=5000)


def test_an_undo_the_disk_refuses_leaves_the_history_as_the_database_is(window, qtbot, records):
    shown = errors_shown(window)
    window.accounts.select(window.ids["grid"])
    name = window.findChild(QLineEdit, "account_name")
    name.setText("华东电网")
    name.editingFinished.emit()
    stack = window.session.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    engine = window.session.db.engine
    read_only(engine)
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 1)   # put back: the edit is still saved
    assert "read-only" in shown[-1] and stack.canUndo() and not stack.canRedo()
    assert records.get("account", window.ids["grid"])["name"] == "华东电网"
    read_only(engine, False)
    stack.undo()   # the disk takes it again: a normal undo, then a refused redo
    assert records.get("account", window.ids["grid"])["name"] == "王家电网" and stack.index() == 0
    read_only(engine)
    stack.redo()
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert records.get("account", window.ids["grid"])["name"] == "王家电网" and stack.canRedo()


def test_writes_by_the_command_line_show_in_the_open_window(window, qtbot, db):
    """``planner set`` in a terminal while the window is open: the window
    catches up (when active: every few seconds, and on switching back)."""
    from planner.cli.main import main
    window.accounts.select(window.ids["grid"])
    name = window.findChild(QLineEdit, "account_name")
    assert not window.external.check()      # nothing new: nothing posted
    assert main(["--db", str(db.path), "set", "account", window.ids["grid"], "name=华东电网"]) == 0
    assert main(["--db", str(db.path), "add", "account", "name=南方电网", "tier=A"]) == 0
    assert window.external.check()
    window.session.bus.flush()
    assert name.text() == "华东电网"
    assert "南方电网" in names_in_list(window)
    assert not window.external.check()      # seen once
    window.findChild(QLineEdit, "account_industry").setText("输配电")
    window.findChild(QLineEdit, "account_industry").editingFinished.emit()
    window.session.bus.flush()
    assert not window.external.check()      # the window's own edit is not news
