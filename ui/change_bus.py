"""One application-wide signal for what the services changed.

Bursts are coalesced (shared/STYLE.md): change-sets posted while the event
loop is busy are merged and delivered once, so importing a thousand records
repaints once. Threading: ``post`` may be called from any thread; ``changed``
is always emitted on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from planner.services import ChangeSet


class ChangeBus(QObject):
    changed = Signal(object)  # ChangeSet
    _kick = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: ChangeSet | None = None
        self._lock = threading.Lock()
        self._kick.connect(self._schedule)

    def post(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self._lock:
            first = self._pending is None
            self._pending = (self._pending or ChangeSet()).merge(changes)
        if first:
            self._kick.emit()  # queued onto the GUI thread when posted from a worker

    @Slot()
    def _schedule(self) -> None:
        QTimer.singleShot(0, self.flush)

    @Slot()
    def flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, None
        if pending:
            self.changed.emit(pending)
