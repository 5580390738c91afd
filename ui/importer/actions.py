"""File → Import contacts… and File → Export contacts…: the wizard, the
import on the database worker with progress, one undo step for the whole
import, and the export to CSV or vCard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from planner.importers.apply import ImportResult, apply_plan, redo_import, undo_import
from ui.dialogs import show_error
from ui.importer.wizard import ImportWizard
from ui.session import Session


class ImportCommand(QUndoCommand):
    """An import already applied on the worker; undo deletes what it created
    and puts back what it changed, all in one transaction; redo brings it
    back. Both run on the database worker (a big import takes a while to
    take back); the serial worker keeps them in order with later edits."""

    def __init__(self, session: Session, text: str, result: ImportResult) -> None:
        super().__init__(text)
        self.session, self.result = session, result
        self._first = True

    def _submit(self, fn) -> None:
        records, result, s = self.session.records, self.result, self.session
        s.worker.submit(lambda: fn(records, result), s.bus.post, lambda exc: s.error.emit(str(exc)))

    def redo(self) -> None:
        if self._first:  # the push's own redo: already done
            self._first = False
            return
        self._submit(redo_import)

    def undo(self) -> None:
        self._submit(undo_import)


class _Relay(QObject):
    value = Signal(int)


class ContactActions(QObject):
    imported = Signal(object)  # ImportResult

    def __init__(self, session: Session, window: QWidget, current_account) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.current_account = current_account  # () -> (id, name) or (None, None)
        self._relay = _Relay(self)
        self.wizard: ImportWizard | None = None

    # import ------------------------------------------------------------------
    def import_contacts(self, path: str | None = None) -> ImportWizard:
        _, name = self.current_account()
        wizard = ImportWizard(self.session, self.window, name or "")
        if path:
            wizard.file_page.path.setText(str(path))
            wizard.file_page.load(str(path))
        wizard.accepted.connect(lambda: self.apply(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def apply(self, wizard: ImportWizard) -> None:
        plan = wizard.plan
        if plan is None:
            return
        total = len(plan.rows) + len(plan.lines)
        dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", plan.source), "", 0, total, self.window)
        dialog.setCancelButton(None)  # one transaction: all or nothing
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setObjectName("importProgress")
        self._relay.value.connect(dialog.setValue)
        records = self.session.records

        def done(result: ImportResult) -> None:
            dialog.close()
            self._relay.value.disconnect(dialog.setValue)
            s = result.summary()
            command = ImportCommand(self.session, self.tr("Import %1").replace("%1", plan.source), result)
            self.session.undo_stack.push(command)
            self.session.bus.post(result.changes)
            self.window.statusBar().showMessage(
                self.tr("Imported %1: %2 people added, %3 updated, %4 reporting lines").replace("%1", plan.source)
                .replace("%2", str(s["created"])).replace("%3", str(s["updated"])).replace("%4", str(s["lines"])),
                10000)
            self.imported.emit(result)

        def failed(exc: BaseException) -> None:
            dialog.close()
            self._relay.value.disconnect(dialog.setValue)
            show_error(self.window, self.tr("Import failed"),
                       exc.text(self.session.lang) if hasattr(exc, "text") else str(exc))

        self.session.worker.submit(lambda: apply_plan(records, plan, progress=self._relay.value.emit),
                                   done, failed)

    # export ------------------------------------------------------------------
    def export_contacts(self) -> None:
        account_id, name = self.current_account()
        if not account_id:
            show_error(self.window, self.tr("Export contacts"), self.tr("Choose an account first."))
            return
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export contacts"), str(Path.home() / f"{name}.csv"),
            self.tr("CSV for Excel (*.csv);;vCard (*.vcf)"))
        if path:
            if not Path(path).suffix:
                path += ".vcf" if "vcf" in chosen else ".csv"
            self.run_export(account_id, Path(path))

    def run_export(self, account_id: str, path: Path) -> None:
        from planner.importers.export import export_contacts

        db = self.session.db

        def done(n: int) -> None:
            self.window.statusBar().showMessage(
                self.tr("Wrote %1 people to %2").replace("%1", str(n)).replace("%2", str(path)), 10000)

        def failed(exc: BaseException) -> None:
            show_error(self.window, self.tr("Export failed"),
                       exc.text(self.session.lang) if hasattr(exc, "text") else str(exc))

        self.session.worker.submit(lambda: export_contacts(db, account_id, path), done, failed)
