"""The timeline as a table model (plain entries, no ORM objects)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from planner import labels, vocab
from planner.visits.timeline import Entry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineModel(QAbstractTableModel):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries: list[Entry] = []
        self.headers = [self.tr("When"), self.tr("What"), self.tr("Title"), self.tr("Status")]

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def _what(self, e: Entry) -> str:
        if e.kind == "visit":
            return vocab.VISIT_KIND.label(e.subkind, self.lang)
        return labels.kind_label(e.kind, self.lang)

    def _status(self, e: Entry) -> str:
        if e.kind == "visit":
            return vocab.VISIT_STATUS.label(e.status, self.lang)
        if e.kind == "proposition_delivery":
            return vocab.REACTION.label(e.status, self.lang)
        if e.kind == "contact_log":
            return vocab.CHANNEL.label(e.status, self.lang)
        return self.tr("private") if e.private else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return e.when.strftime("%Y-%m-%d %H:%M") if e.kind == "visit" else e.when.strftime("%Y-%m-%d")
            if col == 1:
                return self._what(e)
            if col == 2:
                return (e.title or e.detail or "").splitlines()[0][:120] if (e.title or e.detail) else ""
            return self._status(e)
        if role == Qt.ItemDataRole.ToolTipRole and e.detail:
            return e.detail[:400]
        if role == Qt.ItemDataRole.ForegroundRole and e.kind == "visit" and e.status == "planned":
            return QColor("#1f5fa8")
        if role == ENTRY_ROLE:
            return e
        return None
