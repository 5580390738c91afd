"""The controller: opens databases, owns the session and the window;
opening another database or changing the interface language builds a new
session and window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from planner.services import ChangeSet, queries
from planner.store import StoreError, open_database
from planner.store.database import prepare_folder
from planner.store.backup import rolling_backup
from planner.store.instance_lock import InstanceLock
from planner.store.paths import backup_dir, own_database
from ui import i18n, settings
from ui.dialogs import error_text, show_error
from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import DbWorker


class AppController(QObject):
    def __init__(self, worker=None, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker or DbWorker(self)
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.lock: InstanceLock | None = None

    # opening ---------------------------------------------------------------
    def open(self, path: Path, demo: bool = False, frame=None, create_folder: bool = True) -> bool:
        """Open ``path`` in a new window; on failure keep what is open."""
        lock = InstanceLock(path)
        if self.lock is not None and self.lock.path == lock.path:
            lock = self.lock  # reopening the database this window holds
        try:
            prepare_folder(path, create_folder)   # the lock file goes beside the database
            if lock is not self.lock:
                lock.acquire()
            db = open_database(path)
        except (StoreError, OSError) as exc:
            if lock is not self.lock:
                lock.release()
            show_error(self.window, self.tr("Cannot open the database"), error_text(exc, settings.language()))
            return False
        self._close_current(keep=lock)
        self.lock = lock
        self.session = Session(db, self.worker, lang=settings.language(), demo=demo)
        if demo and not queries.account_list(db):
            self._load_demo()
        self._build_window(frame)
        self.worker.submit(lambda: rolling_backup(path, backup_dir(path)),
                           on_error=lambda exc: self.window.statusBar().showMessage(
                               self.tr("Automatic backup failed: %1").replace("%1", str(exc))))
        return True

    def _build_window(self, frame=None) -> None:
        """``frame``: a window already on screen (the start-up frame) whose
        place the new window takes."""
        old = self.window or frame
        self.window = MainWindow(self.session)
        self.window.open_requested.connect(lambda p: self.open(Path(p)))
        self.window.new_requested.connect(self._new_database)
        self.window.start_own_requested.connect(lambda: self.open(own_database()))
        self.window.load_demo_requested.connect(self._load_demo)
        self.window.preferences_requested.connect(self._preferences)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.close()
            old.deleteLater()
        self.window.show()

    def _close_current(self, keep: InstanceLock | None = None) -> None:
        if self.window is not None:
            self.window.save_state()
        if self.session is not None:
            self.worker.wait()
            self.session.db.close()
        if self.lock is not None and self.lock is not keep:
            self.lock.release()

    def shutdown(self) -> None:
        self._close_current()

    # actions ---------------------------------------------------------------
    def _load_demo(self) -> None:
        from planner.demo import add_demo

        session = self.session
        before = {a["id"] for a in queries.account_list(session.db)}

        def done(added: bool) -> None:
            new = {a["id"] for a in queries.account_list(session.db)} - before
            session.bus.post(ChangeSet(created={"account": new}))
            if self.window is not None and not added:
                self.window.statusBar().showMessage(self.tr("The demo accounts are already here."), 5000)

        self.worker.submit(lambda: add_demo(session.records), done,
                           lambda exc: show_error(self.window, self.tr("Demo"), str(exc)))

    def _new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New database"),
                                              str(own_database().parent / "planner-new.db"),
                                              self.tr("Planner database (*.db)"))
        if path:
            if Path(path).exists():
                show_error(self.window, self.tr("New database"),
                           self.tr("%1 exists already; choose another name or open it.").replace("%1", path))
                return
            self.open(Path(path))

    def _preferences(self) -> None:
        from ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window, self.session)
        if dialog.exec() and dialog.chosen_language() != settings.language():
            settings.set_language(dialog.chosen_language())
            i18n.install(dialog.chosen_language())
            self.window.save_state()
            self.session.lang = settings.language()
            self._build_window()
