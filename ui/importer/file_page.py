"""Step 1: choose the file and the account for rows that name none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QWizardPage)

from planner.importers import ImportFileError, read_source
from planner.services.queries import account_list
from planner.text.sortkey import sort_key



class FilePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel sheet (Salesforce, Outlook, your own), or vCards "
                                 "from a phone or mail program. Nothing is written before the preview."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        self.info = QLabel()
        self.info.setObjectName("importFileInfo")
        self.info.setWordWrap(True)
        self.account = QComboBox()
        self.account.setObjectName("importAccount")
        self.account.setEditable(True)
        self.account.lineEdit().setPlaceholderText(self.tr("Type a new account or pick one"))
        names = sorted((a["name"] for a in account_list(wizard.session.db)), key=sort_key)
        self.account.addItems(names)
        self.account.setCurrentText(wizard.default_account or "")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow("", self.info)
        form.addRow(self.tr("&Account:"), self.account)
        hint = QLabel(self.tr("People go to the account their row names (a Company or 公司 column); "
                              "rows that name none go to this account. A new name creates the account."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), str(Path.home()),
                                              self.tr("Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)"))
        if path:
            self.path.setText(path)
            self.load(path)

    def load(self, path: str) -> None:
        self.w.table = None
        if path.strip():
            try:
                self.w.table = read_source(path.strip())
            except ImportFileError as exc:
                self.info.setStyleSheet("color: #b3261e;")
                self.info.setText(exc.text(self.w.session.lang))
        if self.w.table is not None:
            t = self.w.table
            self.info.setStyleSheet("")
            self.info.setText(self.tr("%1 rows, %2 columns%3").replace("%1", str(len(t.rows)))
                              .replace("%2", str(len(t.headers)))
                              .replace("%3", f" · {t.encoding}" if t.encoding else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and bool(self.w.table.rows)

    def validatePage(self) -> bool:
        self.w.account_name = self.account.currentText().strip()
        return True
