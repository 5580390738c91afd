"""Writes by another program while the window is open (``planner sync
import`` or ``planner set`` in a terminal, a script): the window notices
them when it is active (a cheap look at the change log every few seconds,
and at once when the rep switches back to it) and refreshes the views they
touch, through the change bus like its own edits. The undo history stays:
each step still restores exactly what it changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from planner.services.change_feed import changes_since, last_seq

POLL_MS = 3000


class ExternalChanges(QObject):
    def __init__(self, session, window) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.seen = last_seq(session.db)
        session.bus.changed.connect(self._own)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def _own(self, _changes) -> None:
        """The window's own writes reach the bus: they are not news."""
        try:
            self.seen = max(self.seen, last_seq(self.session.db))
        except Exception:  # the database is closing
            pass

    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _poll(self) -> None:
        if QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self.check()   # in the background: look when the rep comes back

    def check(self) -> bool:
        """Post what others wrote since the last look; True when there was
        something."""
        try:
            if last_seq(self.session.db) <= self.seen:
                return False
            changes, self.seen = changes_since(self.session.db, self.seen)
        except Exception:  # a locked or closing database: look again later
            return False
        if changes:
            self.session.bus.post(changes)
            self.window.statusBar().showMessage(
                self.tr("Updated with changes made outside this window."), 5000)
        return bool(changes)
