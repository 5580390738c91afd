"""Whitespace: the account's departments against our offerings as a colour
grid. Click a cell to mark it (installed, competitor, open opportunity, no
need, unknown) or to start an opportunity for it; the offering catalogue is
shared by all accounts and edited here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout)

from planner import vocab
from planner.plan import whitespace
from ui.dialogs import confirm
from ui.plan.commands import MarkCellCommand
from ui.plan.common import Section, hint
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

COLOURS = {"installed": "#2e7d32", "competitor": "#c62828", "open_opportunity": "#f9a825",
           "no_need": "#cfd8dc", "unknown": "#ffffff"}
TEXT_ON = {"installed": "white", "competitor": "white"}


class WhitespaceSection(Section):
    KINDS = ("whitespace_cell", "offering", "department", "opportunity")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.grid: dict = {"departments": [], "offerings": [], "cells": {}}
        self.table = QTableWidget()
        self.table.setObjectName("whitespaceGrid")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(lambda r, c: self.menu_for(r, c).popup(QCursor.pos()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        legend = QHBoxLayout()
        for state in vocab.WHITESPACE_STATE.values:
            chip = QLabel(vocab.WHITESPACE_STATE.label(state, session.lang))
            chip.setStyleSheet(f"background: {COLOURS[state]}; color: {TEXT_ON.get(state, 'black')}; "
                               "border: 1px solid #999; padding: 2px 8px;")
            legend.addWidget(chip)
        legend.addStretch(1)
        self.summary = QLabel()
        add = QToolButton(text=self.tr("Add offering"))
        add.setObjectName("addOffering")
        rename = QToolButton(text=self.tr("Rename offering"))
        remove = QToolButton(text=self.tr("Remove offering"))
        add.clicked.connect(self.add_offering)
        rename.clicked.connect(self.rename_offering)
        remove.clicked.connect(self.remove_offering)
        bar = QHBoxLayout()
        bar.addWidget(hint(self.tr("Click a cell to mark it or start an opportunity. The offerings are "
                                   "one catalogue for all accounts.")), 1)
        for b in (add, rename, remove):
            bar.addWidget(b)
        self.empty = hint(self.tr("Add departments on the People or map tab and offerings here "
                                  "to see the whitespace."))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        if not self.account_id:
            self.table.setRowCount(0)
            return
        self.grid = g = whitespace.grid(self.session.db, self.account_id)
        lang = self.session.lang
        opp_names = {o["id"]: o["name"] for o in self.session.records.list("opportunity", account_id=self.account_id)}
        t = self.table
        t.clear()
        t.setRowCount(len(g["departments"]))
        t.setColumnCount(len(g["offerings"]))
        t.setHorizontalHeaderLabels([o["name"].replace(" · ", "\n") for o in g["offerings"]])
        t.setVerticalHeaderLabels(["    " * d["depth"] + d["name"] for d in g["departments"]])
        for r, dep in enumerate(g["departments"]):
            for c, off in enumerate(g["offerings"]):
                cell = g["cells"].get((dep["id"], off["id"]))
                state = cell["state"] if cell else "unknown"
                text = vocab.WHITESPACE_STATE.label(state, lang) if cell else ""
                it = QTableWidgetItem(text)
                it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                it.setBackground(QBrush(QColor(COLOURS[state])))
                it.setForeground(QBrush(QColor(TEXT_ON.get(state, "black"))))
                tip = [f"{dep['name']} × {off['name']}", vocab.WHITESPACE_STATE.label(state, lang)]
                if cell and cell["opportunity_id"] in opp_names:
                    tip.append(self.tr("Opportunity: %1").replace("%1", opp_names[cell["opportunity_id"]]))
                if cell and cell["note"]:
                    tip.append(cell["note"])
                it.setToolTip("\n".join(tip))
                it.setData(Qt.ItemDataRole.UserRole, state)
                t.setItem(r, c, it)
        t.verticalHeader().setDefaultSectionSize(34)
        t.horizontalHeader().setMinimumHeight(44)
        self.empty.setVisible(not g["departments"] or not g["offerings"])
        counts = whitespace.summary(g)
        self.summary.setText(" · ".join(f"{vocab.WHITESPACE_STATE.label(s, lang)}: {n}" for s, n in counts.items()))

    # the cell menu ---------------------------------------------------------
    def _ids(self, row: int, col: int) -> tuple[str, str]:
        return self.grid["departments"][row]["id"], self.grid["offerings"][col]["id"]

    def menu_for(self, row: int, col: int) -> QMenu:
        """The menu a click on a cell opens (tests trigger its actions)."""
        menu = QMenu(self)
        menu.setObjectName("whitespaceMenu")
        current = self.table.item(row, col).data(Qt.ItemDataRole.UserRole) if self.table.item(row, col) else None
        for state in vocab.WHITESPACE_STATE.values:
            action = menu.addAction(vocab.WHITESPACE_STATE.label(state, self.session.lang))
            action.setCheckable(True)
            action.setChecked(state == current)
            action.setData(state)
            action.triggered.connect(lambda _=False, s=state: self.mark(row, col, s))
        menu.addSeparator()
        start = menu.addAction(self.tr("Start an opportunity…"))
        start.setData("start")
        start.triggered.connect(lambda: self.start_opportunity(row, col))
        return menu

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.menu_for(index.row(), index.column()).popup(self.table.viewport().mapToGlobal(pos))

    def mark(self, row: int, col: int, state: str, opportunity_id: str | None = None) -> bool:
        dep, off = self._ids(row, col)
        after = {"state": state}
        if opportunity_id:
            after["opportunity_id"] = opportunity_id
        ok = self.session.run(MarkCellCommand(self.session.records, self.session.bus.post,
                                              self.tr("Mark whitespace cell"), self.account_id, dep, off, after))
        self.session.bus.flush()
        return ok

    def start_opportunity(self, row: int, col: int, name: str | None = None) -> None:
        dep, off = self.grid["departments"][row], self.grid["offerings"][col]
        if name is None:
            suggestion = f"{off['name'].split(' · ')[-1 if self.session.lang.startswith('zh') else 0]} – {dep['name']}"
            name, ok = QInputDialog.getText(self, self.tr("Start an opportunity"), self.tr("Opportunity name:"),
                                            text=suggestion)
            if not ok or not name.strip():
                return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Start an opportunity"))
        create = CreateCommand(self.session.records, self.session.bus.post, self.tr("Add opportunity"),
                               "opportunity", {"account_id": self.account_id, "name": name.strip(),
                                               "stage": "lead"})
        if self.session.run(create):
            self.mark(row, col, "open_opportunity", create.record_id)
        stack.endMacro()
        self.session.bus.flush()

    # the catalogue ---------------------------------------------------------
    def _current_offering(self) -> dict | None:
        col = self.table.currentColumn()
        offs = self.grid["offerings"]
        return offs[col] if 0 <= col < len(offs) else None

    def add_offering(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add offering"), self.tr("Offering name:"))
        if ok and name.strip():
            self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add offering"),
                                           "offering", {"name": name.strip(),
                                                        "position": len(self.grid["offerings"])}))
            self.session.bus.flush()

    def rename_offering(self) -> None:
        off = self._current_offering()
        if off is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename offering"), self.tr("Offering name:"), text=off["name"])
        if ok and name.strip() and name.strip() != off["name"]:
            self.session.run(EditCommand(self.session.records, self.session.bus.post, self.tr("Rename offering"),
                                         "offering", off["id"], {"name": name.strip()}))
            self.session.bus.flush()

    def remove_offering(self) -> None:
        off = self._current_offering()
        if off is None or not confirm(self, self.tr("Remove offering"), self.tr(
                "Remove “%1” from the catalogue of every account, with its whitespace cells? "
                "You can undo this.").replace("%1", off["name"])):
            return
        self.session.run(DeleteCommand(self.session.records, self.session.bus.post, self.tr("Remove offering"),
                                       "offering", off["id"]))
        self.session.bus.flush()
