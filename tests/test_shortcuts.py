"""No two shortcuts of the application answer the same keys in the same place
(an ambiguous shortcut does nothing at all in Qt)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import ImmediateWorker

WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _bindings(win):
    """(key text, scope widget, description) of every live shortcut: window-
    and application-wide ones are scoped to the window, the others to the
    widgets they are on."""
    out = []
    for action in win.findChildren(QAction):
        widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        for seq in action.shortcuts():
            if seq.isEmpty():
                continue
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if action.shortcutContext() in WIDE:
                out.append((key, win, action.text() or action.objectName()))
            else:
                out += [(key, w, action.text() or action.objectName()) for w in widgets]
    for sc in win.findChildren(QShortcut):
        if not sc.key().isEmpty():
            scope = win if sc.context() in WIDE else sc.parent()
            out.append((sc.key().toString(QKeySequence.SequenceFormat.PortableText), scope, sc.objectName()))
    return out


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


def collisions(win) -> list[tuple[str, str, str]]:
    bound = _bindings(win)
    found = []
    for i, (key, scope, name) in enumerate(bound):
        for key2, scope2, name2 in bound[i + 1:]:
            if key == key2 and name != name2 and (_contains(scope, scope2) or _contains(scope2, scope)):
                found.append((key, name, name2))
    return found


def test_no_shortcut_collides_with_a_note_open(qtbot, db, records):
    acc, _ = records.create("account", {"name": "华东电网"})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.accounts.select(acc)
    tab = win.page.visits
    win.page.tabs.setCurrentWidget(tab)
    tab.new_note("Call notes")
    editor = tab.note_editor
    assert editor.isVisible()
    keys = {k for k, scope, _ in _bindings(win) if scope is editor}
    assert {"Ctrl+B", "Ctrl+Shift+P"} <= keys                  # the note editor's own are counted
    assert "Ctrl+Shift+O" in {k for k, scope, _ in _bindings(win) if scope is win}   # View → Portfolio
    assert collisions(win) == []
    session.undo_stack.cleanChanged.disconnect()


def test_the_new_menu_adds_each_kind_of_record_from_the_keyboard(qtbot, db, records, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    from planner.services import queries
    acc, _ = records.create("account", {"name": "华东电网"})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    names = iter(["Acme Hospital", "王军", "Substation monitoring"])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(names), True)))

    def press(keys: str) -> None:
        seq = QKeySequence(keys)[0]
        qtbot.keyClick(win.focusWidget() or win, seq.key(), seq.keyboardModifiers())
        session.bus.flush()

    win.accounts.select(acc)
    win.page.tabs.setCurrentWidget(win.page.overview)
    press("Ctrl+N")
    assert "Acme Hospital" in {a["name"] for a in queries.account_list(db)}
    win.accounts.select(acc)
    press("Ctrl+Shift+A")
    assert win.page.tabs.currentWidget() is win.page.people
    assert [p["name"] for p in records.list("stakeholder", account_id=acc)] == ["王军"]
    press("Ctrl+Shift+D")
    assert win.page.tabs.currentWidget() is win.page.opportunities
    assert [o["name"] for o in records.list("opportunity", account_id=acc)] == ["Substation monitoring"]
    press("Ctrl+Shift+M")
    assert win.page.tabs.currentWidget() is win.page.visits
    assert len(records.list("note", account_id=acc)) == 1
    # redo answers Ctrl+Y on every platform, as reps coming from Office expect
    redo = win.findChild(QAction, "redoAction")
    assert "Ctrl+Y" in {s.toString(QKeySequence.SequenceFormat.PortableText) for s in redo.shortcuts()}
    assert collisions(win) == []
    session.undo_stack.cleanChanged.disconnect()
