"""The decision chain of one deal: give people buying roles (several per
person; people outside the org chart make the deal's virtual team), the
three-dimensional table and the warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from planner import vocab
from planner.deals import decision_chain
from planner.services import ChangeSet
from ui.opportunities import common
from ui.session import Session
from ui.stakeholder_model import ATTITUDE_COLOURS

KINDS = ("decision_role", "stakeholder", "visit", "visit_attendee", "contact_log", "relationship")


class ChainView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.rows: list[dict] = []
        lang = session.lang

        self.person = QComboBox()
        self.person.setObjectName("chainPerson")
        self.person.setMinimumWidth(220)
        self.role = common.vocab_combo(vocab.BUYING_ROLE, lang)
        self.role.setObjectName("chainRole")
        self.attitude = common.vocab_combo(vocab.ATTITUDE, lang)
        self.attitude.setObjectName("chainAttitude")
        select_data = common.select_data
        select_data(self.attitude, "unknown")
        add = QPushButton(self.tr("Give role"))
        add.setObjectName("addRole")
        add.clicked.connect(self.add_role)
        self.remove = QPushButton(self.tr("Remove role"))
        self.remove.setObjectName("removeRole")
        self.remove.clicked.connect(self.remove_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Person")))
        bar.addWidget(self.person, 2)
        bar.addWidget(QLabel(self.tr("role")))
        bar.addWidget(self.role)
        bar.addWidget(QLabel(self.tr("attitude to this deal")))
        bar.addWidget(self.attitude)
        bar.addWidget(add)
        bar.addStretch()
        set_attitude = QPushButton(self.tr("Set attitude of selected"))
        set_attitude.setObjectName("setRoleAttitude")
        set_attitude.clicked.connect(self.set_attitude)
        bar.addWidget(set_attitude)
        bar.addWidget(self.remove)

        self.table = QTableWidget(0, 9)
        self.table.setObjectName("chainTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Person"), self.tr("Attitude to this deal"), self.tr("Last contact"),
            self.tr("Our owner"), self.tr("Title, department"), self.tr("Business metrics"),
            self.tr("Decision criteria and preferences"), self.tr("Personal wins")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.warnings = QListWidget()
        self.warnings.setObjectName("chainWarnings")
        self.warnings.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.warnings)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 110])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(common.hint(self.tr(
            "Three dimensions: the role each person plays, what they are measured on, and how they "
            "decide and what they want for themselves. A ◇ marks the deal's virtual team: "
            "people outside the org chart's reporting lines.")))
        session.bus.changed.connect(self._on_changed)

    # loading ---------------------------------------------------------------
    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self._load_people()
        self.reload()

    def _load_people(self) -> None:
        self.person.clear()
        if not self.opportunity_id:
            return
        opp = self.session.records.get("opportunity", self.opportunity_id)
        for p in decision_chain.people_for_roles(self.session.db, opp["account_id"]):
            label = p["name"] + (f" — {p['title']}" if p["title"] else "")
            self.person.addItem(label, p["id"])

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.warnings.clear()
        if not self.opportunity_id:
            return
        data = decision_chain.chain(self.session.db, self.opportunity_id, date.today())
        self.rows = data["rows"]
        lang = self.session.lang
        never = self.tr("never")
        for r, row in enumerate(self.rows):
            self.table.insertRow(r)
            role = QTableWidgetItem(vocab.BUYING_ROLE.label(row["role"], lang))
            self.table.setItem(r, 0, role)
            if row["stakeholder_id"] is None:
                empty = QTableWidgetItem(self.tr("— nobody yet —"))
                empty.setForeground(QColor("#c8372d" if row["role"] in ("decider", "gatekeeper") else "#999"))
                self.table.setItem(r, 1, empty)
                continue
            name = row["name"] + (" ◇" if row["virtual"] else "") + (self.tr(" (left)") if row["left"] else "")
            dept = ", ".join(x for x in (row["title"], row["department"]) if x)
            criteria = "; ".join(x for x in (row["decision_criteria"], row["personal_style"]) if x)
            attitude = vocab.ATTITUDE.label(row["attitude"], lang)
            if row["confidence"] != "confirmed":
                attitude += f" ({vocab.CONFIDENCE.label(row['confidence'], lang)})"
            last = row["last_contact"].isoformat() if row["last_contact"] else never
            cells = [name, attitude, last, row["owner"], dept, row["business_metrics"], criteria,
                     row["personal_wins"]]
            for c, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c != 2 else (row["note"] or text))
                self.table.setItem(r, c, item)
            self.table.item(r, 2).setForeground(QColor(ATTITUDE_COLOURS.get(row["attitude"], "#333")))
            if not row["last_contact"]:
                self.table.item(r, 3).setForeground(QColor("#c8372d"))
        self.table.resizeColumnsToContents()
        for c in (6, 7, 8):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 120), 230))
        self.table.setColumnWidth(5, min(self.table.columnWidth(5), 180))
        self.table.resizeRowsToContents()
        common.fill_warnings(self.warnings, self.session, data["warnings"],
                             self.tr("No warnings on this decision chain."))

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.opportunity_id:
            return
        if changes.touches("stakeholder"):
            self._load_people()
        if changes.touches(*KINDS):
            self.reload()

    # edits -----------------------------------------------------------------
    def add_role(self) -> None:
        if not self.opportunity_id or self.person.currentData() is None:
            return
        common.create(self.session, self.tr("Give buying role"), "decision_role", {
            "opportunity_id": self.opportunity_id, "stakeholder_id": self.person.currentData(),
            "role": self.role.currentData(), "attitude": self.attitude.currentData()})

    def selected_role_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[r]["role_id"] for r in rows if self.rows[r].get("role_id")]

    def remove_selected(self) -> None:
        ids = self.selected_role_ids()
        if not ids:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Remove buying role"))
        for role_id in ids:
            common.delete(self.session, self.tr("Remove buying role"), "decision_role", role_id)
        stack.endMacro()

    def set_attitude(self) -> None:
        ids = self.selected_role_ids()
        if not ids:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Set attitude to the deal"))
        for role_id in ids:
            common.edit(self.session, self.tr("Set attitude to the deal"), "decision_role", role_id,
                        {"attitude": self.attitude.currentData()})
        stack.endMacro()
