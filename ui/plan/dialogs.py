"""Forms for adding and editing an objective and an action."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLineEdit, QWidget)

from planner import vocab
from ui.plan.common import date_edit, date_of
from ui.record_form import money_box, vocab_combo



def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class ObjectiveDialog(QDialog):
    """Add or edit an objective; ``values()`` gives the fields to write."""

    def __init__(self, lang: str, initial: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Objective") if initial else self.tr("Add objective"))
        initial = initial or {}
        self.title = QLineEdit(initial.get("title", ""))
        self.title.setObjectName("objectiveTitle")
        self.title.setPlaceholderText(self.tr("e.g. Executive sponsor at CFO level"))
        self.kind = vocab_combo(vocab.OBJECTIVE_KIND, lang)
        self.kind.setCurrentIndex(max(0, self.kind.findData(initial.get("kind", "revenue"))))
        self.period = QLineEdit(initial.get("period", f"FY{date.today().year}"))
        self.target, self.actual = money_box(), money_box()
        self.target.setValue(initial.get("target") or 0)
        self.actual.setValue(initial.get("actual") or 0)
        self.measure = QLineEdit(initial.get("measure", ""))
        self.measure.setPlaceholderText(self.tr("How success is measured"))
        self.owner = QLineEdit(initial.get("owner", ""))
        self.due = date_edit(initial.get("due_date"))
        self.status = vocab_combo(vocab.OBJECTIVE_STATUS, lang)
        self.status.setCurrentIndex(max(0, self.status.findData(initial.get("status", "on_track"))))

        form = QFormLayout(self)
        form.addRow(self.tr("Objective"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Period"), self.period)
        numbers = QHBoxLayout()
        numbers.addWidget(self.target, 1)
        numbers.addWidget(self.actual, 1)
        form.addRow(self.tr("Target / actual"), numbers)
        form.addRow(self.tr("Measure"), self.measure)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Status"), self.status)
        _buttons(self, form)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text().strip(), "kind": self.kind.currentData(),
                "period": self.period.text().strip(), "target": self.target.value() or None,
                "actual": self.actual.value() if self.target.value() or self.actual.value() else None,
                "measure": self.measure.text().strip(), "owner": self.owner.text().strip(),
                "due_date": date_of(self.due), "status": self.status.currentData()}


class ActionDialog(QDialog):
    """Add an action to the account, optionally serving one objective."""

    def __init__(self, objectives: list[dict[str, Any]], objective_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add action"))
        self.title = QLineEdit()
        self.title.setObjectName("actionTitle")
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.due = date_edit(None)
        self.has_due = QCheckBox(self.tr("Due date"))
        self.has_due.setChecked(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.objective = QComboBox()
        self.objective.setObjectName("actionObjective")
        self.objective.addItem(self.tr("— no objective —"), None)
        for o in objectives:
            self.objective.addItem(o["title"], o["id"])
        self.objective.setCurrentIndex(max(0, self.objective.findData(objective_id)))
        form = QFormLayout(self)
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Owner"), self.owner)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due, 1)
        form.addRow(self.tr("Due"), due)
        form.addRow(self.tr("Serves objective"), self.objective)
        _buttons(self, form)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        objective = self.objective.currentData()
        return {"title": self.title.text().strip(), "owner": self.owner.text().strip(),
                "due_date": date_of(self.due) if self.has_due.isChecked() else None,
                "objective_id": objective, "source": "objective" if objective else "manual"}
