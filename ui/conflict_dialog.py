"""Reviewing sync conflicts: both values side by side (long texts too), who
made them and when; keep mine, take theirs, or edit and keep."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from planner.labels import field_label, kind_label, value_label
from planner.services import ChangeSet
from planner.services.errors import ServiceError
from planner.sync.conflicts import list_conflicts, resolve
from ui.dialogs import error_text
from ui.session import Session


def is_free_text(kind: str, field: str) -> bool:
    from sqlalchemy import String, Text

    from planner.services.kinds import VOCABS, column

    try:
        return isinstance(column(kind, field).type, (String, Text)) and (kind, field) not in VOCABS
    except ServiceError:
        return False


def _when(stamp: str, by: str = "") -> str:
    """When and by whom (the teammate's name when their laptop gave one)."""
    try:
        wall, _, device = stamp.split(".", 2)
        return f"{datetime.fromtimestamp(int(wall) / 1000):%Y-%m-%d %H:%M} · {by or device}"
    except (ValueError, OSError):
        return stamp


class ConflictDialog(QDialog):
    resolved = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(900, 560)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Kind"),
                                              self.tr("Kept now"), self.tr("When")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mine = QPlainTextEdit(objectName="mineValue")
        self.theirs = QPlainTextEdit(objectName="theirsValue")
        self.theirs.setReadOnly(True)
        for side in (self.mine, self.theirs):
            side.setTabChangesFocus(True)   # Tab reaches the buttons
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.keep_mine = QPushButton(self.tr("Keep mine"), objectName="keepMine")
        self.take_theirs = QPushButton(self.tr("Take theirs"), objectName="takeTheirs")
        self.keep_edit = QPushButton(self.tr("Keep my edited text"), objectName="keepEdited")
        self.empty = QLabel(self.tr("No conflicts: every import merged cleanly."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        for b in (self.keep_mine, self.take_theirs, self.keep_edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(sides)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.take_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.keep_edit.clicked.connect(lambda: self._resolve("edited"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.reload()

    def reload(self) -> None:
        self.items = list_conflicts(self.session.records)
        self.table.setRowCount(len(self.items))
        for r, c in enumerate(self.items):
            kind = self.tr("edited on both sides") if c["kind"] == "concurrent" else self.tr("edited, but deleted")
            kept = self.tr("mine") if c["winner"] == "mine" else self.tr("theirs")
            lang = self.session.lang
            record = c["record"] or kind_label(c["table"], lang)
            for col, value in enumerate((record, field_label(c["field"], lang, c["table"]), kind, kept,
                                         _when(c["theirs_stamp"], c["theirs_by"]))):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._show_selected()

    def _current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        c = self._current()
        for b in (self.keep_mine, self.take_theirs, self.keep_edit):
            b.setEnabled(c is not None)
        if c is None:
            self.mine.clear()
            self.theirs.clear()
            return
        self.mine_label.setText(self.tr("Mine (%1)").replace("%1", _when(c["mine_stamp"], c["mine_by"])))
        self.theirs_label.setText(self.tr("Theirs (%1)").replace("%1", _when(c["theirs_stamp"], c["theirs_by"])))
        lang = self.session.lang
        free_text = is_free_text(c["table"], c["field"])  # vocabularies and numbers: keep a side
        self.keep_edit.setEnabled(free_text)
        self.mine.setReadOnly(not free_text)
        self.mine.setPlainText(value_label(c["table"], c["field"], c["mine"], lang))
        self.theirs.setPlainText(value_label(c["table"], c["field"], c["theirs"], lang))

    def _resolve(self, keep: str) -> None:
        c = self._current()
        if c is None:
            return
        edited = self.mine.toPlainText() if keep == "edited" else None
        try:
            changes = resolve(self.session.records, c["id"], keep, edited)
        except ServiceError as exc:
            self.session.error.emit(error_text(exc, self.session.lang))
            return
        self.session.bus.post(changes if changes else ChangeSet())
        self.resolved.emit()
        self.reload()
