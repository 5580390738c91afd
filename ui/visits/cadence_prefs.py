"""The contact-cadence defaults in the Preferences dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from ui.visits import cadence_settings


class CadenceBox(QGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contact cadence defaults (days between contacts)"))
        self.setObjectName("cadenceDefaults")
        current = cadence_settings.load()
        labels = {"decider": self.tr("Decider or approver on an open deal"),
                  "champion": self.tr("Champion"),
                  "important": self.tr("Importance 4 or 5"),
                  "others": self.tr("Everyone else"),
                  "soon_days": self.tr("\"Due soon\" means within")}
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for key, text in labels.items():
            spin = QSpinBox(objectName=f"cadence_{key}")
            spin.setRange(1, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(getattr(current, key))
            self.spins[key] = spin
            form.addRow(text, spin)
        note = QLabel(self.tr("A person's own contact plan, set in the Visits tab, comes first."))
        note.setWordWrap(True)
        form.addRow(note)

    def save(self) -> None:
        values = {k: s.value() for k, s in self.spins.items()}
        values["approver"] = values["decider"]
        cadence_settings.save(replace(cadence_settings.load(), **values))
