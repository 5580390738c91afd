"""The window's New menu: a record of each kind from the keyboard, wherever
the focus is (the buttons on each tab do the same with the mouse).

Ctrl+N is a new account (reps add accounts, rarely databases); a person,
an opportunity, a visit and a note go to the selected account and open the
tab that shows them."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class NewMenu(QObject):
    def __init__(self, window, menu) -> None:
        super().__init__(window)
        self.window = window
        page = window.page
        self.account = self._add(menu, self.tr("&Account…"), QKeySequence.StandardKey.New, "newAccount",
                                 window.accounts.add_account, needs_account=False)
        menu.addSeparator()
        self.person = self._add(menu, self.tr("&Person…"), "Ctrl+Shift+A", "newPerson",
                                self._on(page.people, "add_person"))
        self.opportunity = self._add(menu, self.tr("&Opportunity…"), "Ctrl+Shift+D", "newOpportunity",
                                     self._on(page.opportunities, "add_opportunity"))
        self.visit = self._add(menu, self.tr("Plan a &visit…"), "Ctrl+Shift+V", "newVisit",
                               self._on(page.visits, "plan_visit"))
        self.note = self._add(menu, self.tr("&Note"), "Ctrl+Shift+M", "newNote",
                              self._on(page.visits, "new_note"))

    def _on(self, tab, method: str) -> Callable[[], None]:
        def run() -> None:
            self.window.page.tabs.setCurrentWidget(tab)  # the tab follows the account first
            getattr(tab, method)()
        return run

    def _add(self, menu, text: str, keys, name: str, slot, needs_account: bool = True) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: self._trigger(slot, needs_account))
        menu.addAction(action)
        return action

    def _trigger(self, slot, needs_account: bool) -> None:
        if needs_account and not self.window.accounts.selected_id():
            self.window.statusBar().showMessage(self.tr("Select an account first."), 4000)
            return
        slot()
