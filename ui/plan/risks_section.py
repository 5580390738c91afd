"""Risks of the account with likelihood and impact (1-5), mitigation,
owner and status; worst first, the severity coloured."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QSpinBox, QTableWidget,
                               QToolButton, QVBoxLayout)

from planner import vocab
from planner.plan import risks as risks_mod
from ui.plan.common import Section, hint, item, setup_table
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

LEVEL_COLOURS = {"high": "#f4b6b6", "medium": "#ffe39f", "low": "#cde8cf"}
TEXT_COLS = {0: "title", 4: "mitigation", 5: "owner"}


class RisksSection(Section):
    KINDS = ("risk",)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.rows: list[dict] = []
        self._filling = False
        self.table = QTableWidget()
        self.table.setObjectName("risksTable")
        setup_table(self.table, [self.tr("Risk"), self.tr("Likelihood"), self.tr("Impact"), self.tr("Severity"),
                                 self.tr("Mitigation"), self.tr("Owner"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed)
        self.table.itemChanged.connect(self._edited)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        add = QToolButton(text=self.tr("Add risk"))
        add.setObjectName("addRisk")
        remove = QToolButton(text=self.tr("Delete"))
        add.clicked.connect(self.add_risk)
        remove.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(hint(self.tr("Severity = likelihood × impact (15+ high, 8-14 medium). "
                                   "Double-click a text to edit it.")), 1)
        bar.addWidget(add)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self._filling = True
        lang = self.session.lang
        self.rows = risks_mod.risks(self.session.records, self.account_id) if self.account_id else []
        t = self.table
        t.setRowCount(len(self.rows))
        for r, k in enumerate(self.rows):
            for c, field in TEXT_COLS.items():
                t.setItem(r, c, item(k[field], k["id"], editable=True))
            for c, field in ((1, "likelihood"), (2, "impact")):
                spin = QSpinBox()
                spin.setRange(1, 5)
                spin.setValue(k[field])
                spin.valueChanged.connect(lambda v, rid=k["id"], f=field: self._set(rid, f, v))
                t.setCellWidget(r, c, spin)
            sev = item(str(risks_mod.severity(k)))
            sev.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            sev.setBackground(QBrush(QColor(LEVEL_COLOURS[risks_mod.level(k)] if k["status"] == "open" else "#eeeeee")))
            t.setItem(r, 3, sev)
            combo = QComboBox()
            for value in vocab.RISK_STATUS.values:
                combo.addItem(vocab.RISK_STATUS.label(value, lang), value)
            combo.setCurrentIndex(max(0, combo.findData(k["status"])))
            combo.activated.connect(lambda _i, rid=k["id"], cb=combo: self._set(rid, "status", cb.currentData()))
            t.setCellWidget(r, 6, combo)
        t.resizeColumnsToContents()
        t.setColumnWidth(0, min(max(t.columnWidth(0), 200), 340))
        t.resizeRowsToContents()
        self._filling = False

    def _edited(self, it) -> None:
        if self._filling or it.column() not in TEXT_COLS:
            return
        self._set(it.data(Qt.ItemDataRole.UserRole), TEXT_COLS[it.column()], it.text())

    def _set(self, risk_id: str, field: str, value) -> None:
        if self._filling:
            return
        current = self.session.records.get("risk", risk_id)[field]
        if current == value:
            return
        if not self.session.run(EditCommand(self.session.records, self.session.bus.post, self.tr("Edit risk"),
                                            "risk", risk_id, {field: value}, {field: current})):
            self.refresh()
        self.session.bus.flush()

    def add_risk(self) -> None:
        if not self.account_id:
            return
        title, ok = QInputDialog.getText(self, self.tr("Add risk"), self.tr("What could go wrong?"))
        if ok and title.strip():
            self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add risk"),
                                           "risk", {"account_id": self.account_id, "title": title.strip()}))
            self.session.bus.flush()

    def delete_selected(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.rows):
            self.session.run(DeleteCommand(self.session.records, self.session.bus.post, self.tr("Delete risk"),
                                           "risk", self.rows[r]["id"]))
            self.session.bus.flush()
