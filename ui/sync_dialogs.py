"""Dialogs of the Sync menu: export options and the import preview."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QRadioButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from planner.labels import kind_label
from planner.sync.merge import ImportReport


class ExportDialog(QDialog):
    """What to send: everything or this account, delta or full, encrypted."""

    def __init__(self, account_name: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for a teammate"))
        self.all = QRadioButton(self.tr("All accounts"))
        self.one = QRadioButton(self.tr("Only “%1”").replace("%1", account_name or ""))
        self.all.setChecked(True)
        self.one.setEnabled(bool(account_name))
        self.full = QCheckBox(self.tr("Everything (not only what teammates are not known to have)"))
        self.encrypt = QCheckBox(self.tr("Encrypt with the team passphrase"))
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("exportPassphrase")
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.again.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.again)
        layout = QVBoxLayout(self)
        for w in (self.all, self.one, self.full, self.encrypt):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Private notes and fields marked private are never exported.")))
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if not self.passphrase.text():
                self.problem.setText(self.tr("Enter the team passphrase, or untick encryption."))
                return
            if self.passphrase.text() != self.again.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None


class ImportPreviewDialog(QDialog):
    """What an import will change, before anything is written."""

    def __init__(self, file_name: str, report: ImportReport, parent=None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        layout = QVBoxLayout(self)
        if report.already_imported:
            layout.addWidget(QLabel(self.tr("%1 was already imported; nothing would change.").replace("%1", file_name)))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
            return
        layout.addWidget(QLabel(self.tr("Importing %1 from device %2 will change:")
                                .replace("%1", file_name).replace("%2", report.sender_label)))
        kinds = sorted(set(report.added) | set(report.updated) | set(report.deleted))
        table = QTableWidget(len(kinds), 4)
        table.setObjectName("previewTable")
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Added"), self.tr("Updated"), self.tr("Deleted")])
        for r, kind in enumerate(kinds):
            for c, value in enumerate((kind_label(kind, lang), report.added.get(kind, 0),
                                       report.updated.get(kind, 0), report.deleted.get(kind, 0))):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        layout.addWidget(table)
        if report.conflicts:
            layout.addWidget(QLabel(self.tr("%1 values were changed differently by you and your teammate; "
                                            "you can review them after the import.").replace("%1", str(report.conflicts))))
        if not kinds:
            layout.addWidget(QLabel(self.tr("Nothing new in this file.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
