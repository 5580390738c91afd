"""Preferences dialog: interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from ui import settings


class PreferencesDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
        # contact cadence defaults (issue 5)
        from ui.visits.cadence_prefs import CadenceBox
        self.cadence = CadenceBox(self)
        form.addRow(self.cadence)
        self.accepted.connect(self.cadence.save)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()
