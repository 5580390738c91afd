"""The people of one account as a table model with a row cache.

Rows are updated in place on change-sets (``dataChanged`` per row), inserted
or removed when people are added or deleted; edits go through undoable
commands. Sorting uses a pinyin key for Chinese names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner import vocab
from planner.graph.colours import ATTITUDE_COLOURS
from planner.services import ChangeSet, queries
from ui.session import Session
from ui.undo_commands import EditCommand

SORT_ROLE = Qt.ItemDataRole.UserRole + 10
RECORD_ROLE = Qt.ItemDataRole.UserRole + 11



@dataclass(frozen=True)
class Column:
    field: str
    title: str
    vocab: vocab.Vocab | None = None
    editable: bool = True
    numeric: bool = False


def columns() -> list[Column]:
    return [
        Column("name", QCoreApplication.translate("StakeholderTableModel", "Name")),
        Column("title", QCoreApplication.translate("StakeholderTableModel", "Title")),
        Column("department_name", QCoreApplication.translate("StakeholderTableModel", "Department"), editable=False),
        Column("attitude", QCoreApplication.translate("StakeholderTableModel", "Attitude"), vocab.ATTITUDE),
        Column("importance", QCoreApplication.translate("StakeholderTableModel", "Importance"), numeric=True),
        Column("closeness", QCoreApplication.translate("StakeholderTableModel", "Closeness"), numeric=True),
        Column("interaction", QCoreApplication.translate("StakeholderTableModel", "Interaction"), vocab.INTERACTION),
        Column("owner", QCoreApplication.translate("StakeholderTableModel", "Our owner")),
        Column("mobile", QCoreApplication.translate("StakeholderTableModel", "Mobile")),
        Column("email", QCoreApplication.translate("StakeholderTableModel", "E-mail")),
        Column("status", QCoreApplication.translate("StakeholderTableModel", "Status"), vocab.STAKEHOLDER_STATUS),
    ]


class StakeholderTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.cols = columns()
        self.account_id: str | None = None
        self._rows: list[dict[str, Any]] = []
        session.bus.changed.connect(self._on_changed)

    # loading -------------------------------------------------------------
    def set_account(self, account_id: str | None) -> None:
        self.beginResetModel()
        self.account_id = account_id
        self._rows = queries.stakeholders(self.session.db, account_id) if account_id else []
        self.endResetModel()

    def _row_of(self, person_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == person_id:
                return i
        return -1

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.account_id:
            return
        if changes.touches("department"):
            ids = [r["id"] for r in self._rows]  # department names shown in rows
        else:
            ids = []
        ids = set(ids) | changes.ids("stakeholder")
        if not ids:
            return
        fresh = {r["id"]: r for r in queries.stakeholders(self.session.db, self.account_id, ids)}
        for person_id in ids:
            row = self._row_of(person_id)
            rec = fresh.get(person_id)
            if row >= 0 and rec is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif row >= 0:
                self._rows[row] = rec
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
            elif rec is not None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(rec)
                self.endInsertRows()

    # the model -----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.cols[section].title
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.cols[index.column()].editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        col = self.cols[index.column()]
        value = rec.get(col.field)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.vocab is not None:
                return col.vocab.label(value, self.session.lang)
            if col.field == "name" and rec.get("name_romanised"):
                return f"{value} ({rec['name_romanised']})"
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == SORT_ROLE:
            if col.vocab is not None:
                return col.vocab.values.index(value) if value in col.vocab else 99
            return value if col.numeric else str(value or "")
        if role == Qt.ItemDataRole.DecorationRole and col.field == "attitude":
            return QColor(ATTITUDE_COLOURS.get(value, "#c9c9c9"))
        if role == Qt.ItemDataRole.ForegroundRole and rec.get("status") == "left":
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.ToolTipRole and col.field in ("attitude", "importance", "closeness", "interaction"):
            confidence = rec.get(f"{col.field}_confidence", "")
            source = rec.get(f"{col.field}_source", "")
            text = vocab.CONFIDENCE.label(confidence, self.session.lang)
            return f"{text}: {source}" if source else text
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == RECORD_ROLE:
            return rec
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        rec = self._rows[index.row()]
        field = self.cols[index.column()].field
        if isinstance(value, str) and field in ("importance", "closeness"):
            try:
                value = int(value)
            except ValueError:
                return False
        if rec[field] == value:
            return False
        cmd = EditCommand(self.session.records, self.session.bus.post,
                          self.tr("Edit %1").replace("%1", self.cols[index.column()].title),
                          "stakeholder", rec["id"], {field: value}, {field: rec[field]})
        ok = self.session.run(cmd)
        if ok:
            self.session.bus.flush()  # show the edit at once
        return ok

    def person_id(self, row: int) -> str:
        return self._rows[row]["id"]
