"""What the window works on: the open database, the services, the undo stack,
the change bus and the worker. Panels receive the session, not the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from planner.services import Records
from planner.errors import WordedError
from planner.store import Database
from ui.change_bus import ChangeBus
from ui.dialogs import error_text
from ui.undo_commands import _Command


class Session(QObject):
    #: a refused edit: one line for the user
    error = Signal(str)

    def __init__(self, db: Database, worker, lang: str = "en", demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.records = Records(db)
        self.worker = worker
        self.lang = lang
        self.demo = demo
        self.bus = ChangeBus(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        #: why the last ``run`` was refused (None when it was not)
        self.last_error: WordedError | None = None

    def run(self, command: _Command) -> bool:
        """Apply an undoable command; refused edits and writes the disk
        refused (read-only, full) emit ``error``."""
        self.last_error = None
        try:
            command.apply()
        except WordedError as exc:
            self.last_error = exc
            self.error.emit(error_text(exc, self.lang))  # core errors worded in both languages
            return False
        command.on_refused = self._history_refused
        self.undo_stack.push(command)
        return True

    def _history_refused(self, exc: WordedError, back: str) -> None:
        """An undo or redo the database refused changed nothing: say why and
        put the stack back (the command skips that move)."""
        self.error.emit(error_text(exc, self.lang))
        QTimer.singleShot(0, getattr(self.undo_stack, back))
