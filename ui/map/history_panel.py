"""The "What changed since…" side panel: pick a day, see people added or
gone, attitudes that moved, lines drawn or removed
(:mod:`planner.graph.history`, on the worker). Clicking a change selects its
people on the map."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.graph.history import changes_since, describe
from planner.services import queries
from ui.session import Session

PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryPanel(QWidget):
    people_selected = Signal(list)
    updated = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: str | None = None
        self._generation = 0
        self.since = QDateEdit()
        self.since.setObjectName("mapChangesSince")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        start = date.today() - timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.setMaximumDate(QDate.currentDate())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #5f6b7a; padding: 4px 2px;")
        self.list = QListWidget()
        self.list.setObjectName("mapChanges")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the texts when the panel resizes
        self.list.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("What changed since")))
        row.addWidget(self.since, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.list.itemClicked.connect(lambda item: self.people_selected.emit(item.data(PEOPLE_ROLE) or []))
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.refresh)

    def show_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.refresh()

    def schedule(self) -> None:
        self._timer.start()

    def since_day(self) -> date:
        d = self.since.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        self._generation += 1
        gen, account, since = self._generation, self.account_id, self.since_day()
        if account is None:
            self.list.clear()
            return
        db, lang = self.session.db, self.session.lang

        def work():
            names = {p["id"]: p["name"] for p in queries.stakeholders(db, account)}
            return describe(changes_since(db, account, since), names, lang)
        self.session.worker.submit(work, lambda rows: self._show(gen, rows))

    def _show(self, gen: int, rows: list[dict]) -> None:
        if gen != self._generation:
            return
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(r["text"])
            item.setData(PEOPLE_ROLE, r["people"])
            self.list.addItem(item)
        self.status.setText(self.tr("%1 change(s).").replace("%1", str(len(rows))) if rows
                            else self.tr("No changes to people, attitudes or lines since that day."))
        self.updated.emit()
