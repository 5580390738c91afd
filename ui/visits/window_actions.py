"""The main window's visit actions: This week (Ctrl+T) and quick capture
(Ctrl+Shift+N). Both shortcuts work anywhere in the application's windows
while it has focus; Qt offers no portable system-wide hotkey."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence


WARM_AFTER_MS = 2000


class VisitActions(QObject):
    def __init__(self, window, menu) -> None:
        super().__init__(window)
        self.window = window
        from ui.visits import cadence_settings

        cadence_settings.load()  # installs the rep's cadence defaults for the map, insights and PDF too
        menu.addSeparator()
        self.this_week = self._add(menu, self.tr("&This week…"), "Ctrl+T", "thisWeek", self.show_this_week)
        self.capture = self._add(menu, self.tr("&Quick capture…"), "Ctrl+Shift+N", "quickCapture",
                                 self.quick_capture)
        QTimer.singleShot(WARM_AFTER_MS, self._warm)

    def _warm(self) -> None:
        """Compute everyone's contact clock on the worker, so This week opens at
        once (after the first paint: start-up is not slowed)."""
        from planner.contacts.clock_cache import cached_states
        from ui.visits import cadence_settings

        try:
            db, defaults = self.window.session.db, cadence_settings.load()
        except RuntimeError:  # the window closed before the timer fired
            return
        self.window.session.worker.submit(lambda: len(cached_states(db, defaults)), on_error=lambda exc: None)

    def _add(self, menu, text: str, keys: str, name: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def show_this_week(self):
        from ui.visits.this_week import ThisWeekDialog

        dialog = ThisWeekDialog(self.window.session, self.window)
        dialog.open_requested.connect(self.open_record)
        dialog.show()
        self.dialog = dialog
        return dialog

    def open_record(self, account_id: str, stakeholder_id: str) -> None:
        w = self.window
        w.accounts.search.clear()
        if not w.accounts.select(account_id):
            return
        tabs = w.page.tabs
        tabs.setCurrentWidget(w.page.visits)
        if stakeholder_id:
            w.page.visits.select_person(stakeholder_id)
        w.raise_()
        w.activateWindow()

    def quick_capture(self):
        from ui.visits.quick_capture import QuickCaptureDialog

        dialog = QuickCaptureDialog(self.window.session, self.window.accounts.selected_id() or None, self.window)
        dialog.show()
        self.capture_dialog = dialog
        return dialog
