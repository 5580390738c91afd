"""Preferences dialog: interface language, your name as teammates see it,
contact cadence defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ui import settings


class PreferencesDialog(QDialog):
    def __init__(self, parent=None, session=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in settings.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        # the name travels in sync bundles: teammates' previews and conflict lists show it
        self.name = QLineEdit(objectName="ownName")
        self.name.setPlaceholderText(self.tr("e.g. 陈晓 (East China sales)"))
        self.name.setToolTip(self.tr("Shown to teammates next to the changes you send them"))
        if session is not None:
            from planner.sync.names import MAX_NAME, own_name

            self.name.setMaxLength(MAX_NAME)
            with session.db.read() as s:
                self.name.setText(own_name(s))
            form.addRow(self.tr("Your name for teammates"), self.name)
            self.accepted.connect(self._save_name)
        # contact cadence defaults (issue 5)
        from ui.visits.cadence_prefs import CadenceBox
        self.cadence = CadenceBox(self)
        form.addRow(self.cadence)
        self.accepted.connect(self.cadence.save)
        form.addRow(buttons)

    def _save_name(self) -> None:
        from planner.sync.names import set_own_name

        from planner.errors import WordedError
        from ui.dialogs import error_text

        name = self.name.text()  # a one-row write: no need for the worker
        try:
            with self.session.db.write() as s:
                set_own_name(s, name)
        except WordedError as exc:  # a hostile name, or the disk refused
            self.session.error.emit(error_text(exc, self.session.lang))

    def chosen_language(self) -> str:
        return self.language.currentData()
