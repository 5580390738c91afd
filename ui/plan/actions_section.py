"""The action plan: every action of the account in one list, filterable by
status, owner, source and due date; overdue ones highlighted. Space (or
Ctrl+Enter) completes the selected actions, or reopens done ones: one
keystroke, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QTableWidget,
                               QToolButton, QVBoxLayout)

from planner import vocab
from planner.plan import actions as ap
from planner.plan import objectives as objectives_mod
from ui.plan.common import MUTED, OVERDUE_BG, OVERDUE_FG, Section, item, setup_table, today
from ui.plan.dialogs import ActionDialog
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

ROLE = Qt.ItemDataRole.UserRole


class ActionTable(QTableWidget):
    #: Space or Ctrl+Enter on the table
    toggle_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Space and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.toggle_requested.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
            self.toggle_requested.emit()
            return
        if key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class ActionPlanSection(Section):
    KINDS = ("action_item", "objective", "opportunity", "stakeholder", "visit")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.all: list[dict] = []
        self.shown: list[dict] = []
        lang = session.lang
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        for value, text in zip(ap.STATUSES, (self.tr("Open"), self.tr("Overdue"), self.tr("Done"), self.tr("All"))):
            self.status.addItem(text, value)
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwnerFilter")
        self.source = QComboBox()
        self.source.setObjectName("actionSource")
        self.source.addItem(self.tr("Any source"), "")
        for value in vocab.ACTION_SOURCE.values:
            self.source.addItem(vocab.ACTION_SOURCE.label(value, lang), value)
        self.due = QComboBox()
        self.due.setObjectName("actionDue")
        for days, text in ((None, self.tr("Any due date")), (7, self.tr("Due within 7 days")),
                           (30, self.tr("Due within 30 days"))):
            self.due.addItem(text, days)
        self.search = QLineEdit(placeholderText=self.tr("Filter actions"))
        self.search.setClearButtonEnabled(True)
        add = QToolButton(text=self.tr("Add action"))
        add.setObjectName("addAction")
        add.clicked.connect(self.add_action)
        self.table = ActionTable()
        self.table.setObjectName("actionTable")
        setup_table(self.table, [self.tr("Done"), self.tr("Action"), self.tr("Owner"), self.tr("Due"),
                                 self.tr("Source"), self.tr("Serves"), self.tr("Person")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.toggle_requested.connect(self.toggle_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.cellDoubleClicked.connect(lambda r, c: c == 0 and self.toggle_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu().popup(self.table.viewport().mapToGlobal(pos)))
        self.count = QLabel()

        bar = QHBoxLayout()
        for w in (self.status, self.owner, self.source, self.due):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        for combo in (self.status, self.owner, self.source, self.due):
            combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.search.textChanged.connect(lambda _t: self._fill())

    def filter(self) -> ap.ActionFilter:
        return ap.ActionFilter(status=self.status.currentData(), owner=self.owner.currentData() or "",
                               source=self.source.currentData() or "", due_within=self.due.currentData(),
                               text=self.search.text())

    def refresh(self) -> None:
        self.all = ap.action_plan(self.session.db, self.account_id, today()) if self.account_id else []
        keep = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Anyone"), "")
        for name in ap.owners(self.all):
            self.owner.addItem(name, name)
        self.owner.setCurrentIndex(max(0, self.owner.findData(keep)))
        self.owner.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        current = self.table.currentRow()
        selected_id = self.shown[current]["id"] if 0 <= current < len(self.shown) else None
        self.shown = ap.filter_actions(self.all, self.filter(), today())
        lang = self.session.lang
        t = self.table
        t.setRowCount(len(self.shown))
        for r, a in enumerate(self.shown):
            serves = a["objective_title"] or a["opportunity_name"] or (
                a["visit_date"].isoformat() if a["visit_date"] else "")
            cells = ["☑" if a["done"] else "☐", a["title"], a["owner"],
                     a["due_date"].isoformat() if a["due_date"] else "",
                     vocab.ACTION_SOURCE.label(a["source"], lang), serves, a["stakeholder_name"]]
            for c, text in enumerate(cells):
                it = item(text, a["id"])
                if a["overdue"]:
                    it.setBackground(QBrush(OVERDUE_BG))
                    it.setForeground(QBrush(OVERDUE_FG))
                elif a["done"]:
                    it.setForeground(QBrush(MUTED))
                    if c == 1:
                        f = QFont(it.font())
                        f.setStrikeOut(True)
                        it.setFont(f)
                t.setItem(r, c, it)
            t.item(r, 0).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if a["overdue"]:
                t.item(r, 3).setToolTip(self.tr("Overdue"))
        t.resizeColumnsToContents()
        t.setColumnWidth(1, max(t.columnWidth(1), 260))
        ids = [a["id"] for a in self.shown]
        if ids:
            row = ids.index(selected_id) if selected_id in ids else min(max(current, 0), len(ids) - 1)
            t.setCurrentCell(row, 1)
        overdue = sum(a["overdue"] for a in self.all)
        self.count.setText(self.tr("%1 of %2 actions shown · %3 overdue").replace("%1", str(len(self.shown)))
                           .replace("%2", str(len(self.all))).replace("%3", str(overdue)))

    # edits -------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or
                      ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()))
        return [self.shown[r]["id"] for r in rows if r < len(self.shown)]

    def toggle_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        by_id = {a["id"]: a for a in self.all}
        stack = self.session.undo_stack
        first = by_id[ids[0]]
        text = self.tr("Reopen action") if first["done"] else self.tr("Complete action")
        stack.beginMacro(text)
        for action_id in ids:
            a = by_id[action_id]
            after = ap.completion(a, today())
            self.session.run(EditCommand(self.session.records, self.session.bus.post, text, "action_item",
                                         action_id, after, {"done": a["done"], "done_on": a["done_on"]}))
        stack.endMacro()
        self.session.bus.flush()

    def context_menu(self) -> QMenu:
        """Complete / reopen, link to an objective, delete (tests trigger its actions)."""
        menu = QMenu(self)
        menu.addAction(self.tr("Complete or reopen (Space)"), self.toggle_selected)
        serves = menu.addMenu(self.tr("Serves objective"))
        serves.setObjectName("servesMenu")
        objs = objectives_mod.objectives(self.session.db, self.account_id, today()) if self.account_id else []
        for objective_id, title in [(None, self.tr("— no objective —"))] + [(o["id"], o["title"]) for o in objs]:
            action = serves.addAction(title)
            action.setData(objective_id)
            action.triggered.connect(lambda _=False, oid=objective_id: self.link_selected(oid))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        return menu

    def link_selected(self, objective_id: str | None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        by_id = {a["id"]: a for a in self.all}
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Link to objective"))
        for action_id in ids:
            self.session.run(EditCommand(self.session.records, self.session.bus.post, self.tr("Link to objective"),
                                         "action_item", action_id, {"objective_id": objective_id},
                                         {"objective_id": by_id[action_id]["objective_id"]}))
        stack.endMacro()
        self.session.bus.flush()

    def add_action(self) -> None:
        if not self.account_id:
            return
        objs = objectives_mod.objectives(self.session.db, self.account_id, today())
        dialog = ActionDialog(objs, None, self)
        if dialog.exec():
            self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add action"),
                                           "action_item", dialog.values() | {"account_id": self.account_id}))
            self.session.bus.flush()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete actions"))
        for action_id in ids:
            self.session.run(DeleteCommand(self.session.records, self.session.bus.post, self.tr("Delete action"),
                                           "action_item", action_id))
        stack.endMacro()
        self.session.bus.flush()
