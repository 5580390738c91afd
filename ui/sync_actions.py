"""The Sync menu's work: export and import run on the database worker with
a progress dialog, so the window never freezes; an import is previewed (a
dry run) before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QProgressDialog, QWidget

from planner.services import ChangeSet
from ui.dialogs import error_text, show_error
from ui.session import Session
from ui.sync_dialogs import ExportDialog, ImportPreviewDialog

BUNDLE_FILTER = "Sync bundle (*.kap);;All files (*)"


class _Progress(QObject):
    value = Signal(int)


class SyncActions(QObject):
    imported = Signal(object)  # ImportReport

    def __init__(self, session: Session, window: QWidget, current_account) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.current_account = current_account  # () -> (id, name) or (None, None)
        self._relay = _Progress(self)

    # helpers -----------------------------------------------------------------
    def _progress(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, "", 0, 0, self.window)
        dialog.setCancelButton(None)  # the transaction is all or nothing
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setObjectName("syncProgress")
        self._relay.value.connect(lambda n: dialog.setLabelText(
            text + "\n" + self.tr("%1 records").replace("%1", f"{n:,}")))
        return dialog

    def _fail(self, title: str, dialog: QProgressDialog | None = None):
        def fail(exc: BaseException) -> None:
            if dialog is not None:
                dialog.close()
            show_error(self.window, title, error_text(exc, self.session.lang))
        return fail

    # export ------------------------------------------------------------------
    def export(self) -> None:
        account_id, account_name = self.current_account()
        options = ExportDialog(account_name, self.window)
        if not options.exec():
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export for a teammate"),
                                              str(Path.home() / "planner-sync.kap"), BUNDLE_FILTER)
        if path:
            accounts = {account_id} if options.one.isChecked() and account_id else None
            self.run_export(Path(path), accounts, options.full.isChecked(), options.chosen_passphrase())

    def run_export(self, path: Path, accounts=None, full: bool = False, passphrase: str | None = None) -> None:
        from planner.sync.export import export_bundle  # sync loads libsodium: not at start-up

        dialog = self._progress(self.tr("Writing %1…").replace("%1", path.name))
        db = self.session.db

        def done(report) -> None:
            dialog.close()
            self.window.statusBar().showMessage(
                self.tr("Wrote %1: %2 records%3").replace("%1", str(report.path)).replace("%2", str(report.records))
                .replace("%3", self.tr(", encrypted") if report.encrypted else ""), 10000)

        self.session.worker.submit(
            lambda: export_bundle(db, path, accounts, full, passphrase, progress=self._relay.value.emit),
            done, self._fail(self.tr("Export failed"), dialog))

    # import ------------------------------------------------------------------
    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a file"), str(Path.home()), BUNDLE_FILTER)
        if path:
            self.import_path(Path(path))

    def ask_passphrase(self, path: Path) -> str | None:
        text, ok = QInputDialog.getText(self.window, self.tr("Encrypted bundle"),
                                        self.tr("Team passphrase for %1:").replace("%1", path.name),
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def import_path(self, path: Path) -> None:
        from planner.sync.crypto import is_encrypted
        from planner.sync.service import import_file

        passphrase = None
        try:
            if is_encrypted(path):
                passphrase = self.ask_passphrase(path)
                if passphrase is None:
                    return
        except OSError as exc:
            show_error(self.window, self.tr("Import failed"), str(exc))
            return
        dialog = self._progress(self.tr("Checking %1…").replace("%1", path.name))
        db = self.session.db

        def previewed(report) -> None:
            dialog.close()
            if report.already_imported:  # say so: a silent drop looks like a failure
                self.window.statusBar().showMessage(
                    self.tr("%1 was imported before (or made on this laptop); nothing changed.")
                    .replace("%1", path.name), 10000)
                return
            preview = ImportPreviewDialog(path.name, report, self.window, self.session.lang)
            if not preview.exec():
                return
            self._apply(path, passphrase)

        self.session.worker.submit(lambda: import_file(db, path, passphrase, dry_run=True,
                                                       progress=self._relay.value.emit),
                                   previewed, self._fail(self.tr("Import refused"), dialog))

    def _apply(self, path: Path, passphrase: str | None) -> None:
        from planner.sync.service import import_file

        dialog = self._progress(self.tr("Importing %1…").replace("%1", path.name))
        db = self.session.db

        def done(report) -> None:
            dialog.close()
            self.session.bus.post(ChangeSet(updated={k: set(v) for k, v in report.touched.items()}))
            total = sum(report.added.values()) + sum(report.updated.values()) + sum(report.deleted.values())
            self.window.statusBar().showMessage(
                self.tr("Imported %1: %2 records changed, %3 conflicts").replace("%1", path.name)
                .replace("%2", str(total)).replace("%3", str(report.conflicts)), 10000)
            self.imported.emit(report)

        self.session.worker.submit(lambda: import_file(db, path, passphrase, progress=self._relay.value.emit),
                                   done, self._fail(self.tr("Import failed"), dialog))
