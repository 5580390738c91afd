"""Step 3: the preview. Every row with what will happen to it (create,
update, unchanged, skip) and why, and a per-row choice of whom it matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWizardPage)

from planner.importers.wording import action_label

COLOURS = {"create": "#1b7f3b", "update": "#1f5fbf", "unchanged": "#6b6b6b", "skip": "#b3261e"}


class PreviewPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Change a row's match if it is wrong; "
                                 "Import writes everything at once, and Undo takes it all back."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Action"), self.tr("Person"),
                                              self.tr("Account"), self.tr("Details"), self.tr("Match")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        head = self.table.horizontalHeader()
        for col in (0, 1, 2, 3, 5):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.setButtonText(self.w.WizardButton.FinishButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.w.choices = {}
        self.w.replan()

    def isComplete(self) -> bool:
        plan = self.w.plan
        return plan is not None and (plan.count("create") + plan.count("update")) > 0

    def show_plan(self) -> None:
        plan, lang = self.w.plan, self.w.session.lang
        s = plan.summary()
        self.summary.setText(self.tr(
            "%1 to create, %2 to update, %3 unchanged, %4 skipped · %5 new accounts, "
            "%6 new departments, %7 reporting lines")
            .replace("%1", str(s["create"])).replace("%2", str(s["update"]))
            .replace("%3", str(s["unchanged"])).replace("%4", str(s["skip"]))
            .replace("%5", str(s["accounts"])).replace("%6", str(s["departments"]))
            .replace("%7", str(s["lines"])))
        self.table.setRowCount(len(plan.rows))
        for i, row in enumerate(plan.rows):
            items = [str(row.line), action_label(row.action, lang), row.name, row.account,
                     row.messages(lang)]
            for col, text in enumerate(items):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 1:
                    item.setForeground(QBrush(QColor(COLOURS[row.action])))
                if col == 4:
                    item.setToolTip(text)
                self.table.setItem(i, col, item)
            self.table.setCellWidget(i, 5, self._choice(row))
        self.completeChanged.emit()

    def _choice(self, row) -> QComboBox | QLabel:
        if not row.name or not row.account:
            return QLabel()
        combo = QComboBox()
        combo.setObjectName(f"match{row.line}")
        combo.addItem(self.tr("Automatic"), "auto")
        combo.addItem(self.tr("New person"), "new")
        combo.addItem(self.tr("Skip"), "skip")
        for pid, text in row.candidates:
            combo.addItem(self.tr("Update %1").replace("%1", text), pid)
        current = self.w.choices.get(row.line, "auto")
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(lambda _, line=row.line, c=combo: self.w.choose(line, c.currentData()))
        return combo
