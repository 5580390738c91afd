"""Step 2: which column holds what. Recognised headers are filled in; every
column can be changed with a combo of target fields, or ignored."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWizardPage)

from planner.importers.headers import TARGETS, label
from planner.importers.mapping import Mapping

SAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Recognised headers are already matched. Change any column, or "
                                 "ignore it. A column naming each person's manager becomes reporting lines."))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"),
                                              self.tr("Imports as")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        save = QPushButton(self.tr("&Save mapping…"))
        save.setObjectName("saveMapping")
        save.setToolTip(self.tr("Save these choices as a JSON file for 'planner import --mapping'"))
        save.clicked.connect(self._save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        t = self.w.table
        self.w.targets = Mapping().targets(t)
        self.table.setRowCount(len(t.headers))
        self.combos = []
        lang = self.w.session.lang
        for i, header in enumerate(t.headers):
            self.table.setItem(i, 0, QTableWidgetItem(header or self.tr("(no header)")))
            samples = [s for s in t.column(i, 50) if s][:SAMPLES]
            self.table.setItem(i, 1, QTableWidgetItem(" · ".join(s.replace("\n", " ") for s in samples)))
            combo = QComboBox()
            combo.setObjectName(f"target{i}")
            combo.addItem(label("", lang), "")
            for target in TARGETS:
                combo.addItem(label(target, lang), target)
            combo.setCurrentIndex(max(0, combo.findData(self.w.targets[i])))
            combo.currentIndexChanged.connect(lambda _, i=i, c=combo: self.choose(i, c.currentData()))
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(2)
        self._check()

    def choose(self, column: int, target: str) -> None:
        """Use ``target`` for ``column``; a column that had it is ignored."""
        if target:
            for i, other in enumerate(self.w.targets):
                if i != column and other == target:
                    self.w.targets[i] = ""
                    self.combos[i].blockSignals(True)
                    self.combos[i].setCurrentIndex(0)
                    self.combos[i].blockSignals(False)
        self.w.targets[column] = target
        self._check()

    def _check(self) -> None:
        names = {"name", "first_name", "last_name"} & set(self.w.targets)
        self.problem.setText("" if names else self.tr("Choose the column that holds the names."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool({"name", "first_name", "last_name"} & set(self.w.targets))

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), "mapping.json",
                                              self.tr("Mapping (*.json)"))
        if path:
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.w.mapping().to_json())
