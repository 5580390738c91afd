"""One serial worker for long database work (loading the demo, backups,
opening big files), so the window never freezes (shared/STYLE.md).

``submit(fn, on_done, on_error)`` runs ``fn()`` on the worker thread and calls
``on_done(result)`` or ``on_error(exc)`` on the GUI thread. Tests use
:class:`ImmediateWorker`, which runs tasks synchronously."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object, object)  # callback, value


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay,
                 on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported on the GUI thread
            if self.on_error:
                self.relay.done.emit(self.on_error, exc)
            return
        if self.on_done:
            self.relay.done.emit(self.on_done, result)


class DbWorker(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # serial: one writer
        self._relay = _Relay(self)
        self._relay.done.connect(lambda cb, value: cb(value))

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> None:
        self._pool.start(_Task(fn, self._relay, on_done, on_error))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)


class ImmediateWorker:
    """Runs tasks at once on the calling thread (deterministic GUI tests)."""

    def submit(self, fn, on_done=None, on_error=None) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error:
                on_error(exc)
            return
        if on_done:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True
