"""The "This week" view across all accounts: overdue contacts, contacts due
soon, follow-up actions due or overdue and upcoming moments. Double-click a
row to open its account; "Log a contact" resets the person's clock."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout)

from planner.contacts.this_week import ThisWeek, this_week
from ui.session import Session
from ui.visits import cadence_settings
from ui.visits.edits import Edits

ROW_ROLE = Qt.ItemDataRole.UserRole
#: rows shown per section; the heading gives the full count
SHOWN = 300


class ThisWeekDialog(QDialog):
    #: (account id, stakeholder id or "") the rep wants to open
    open_requested = Signal(str, str)

    def __init__(self, session: Session, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thisWeekDialog")
        self.session = session
        self.today = today or date.today()
        self.setWindowTitle(self.tr("This week"))
        self.title = QLabel(objectName="thisWeekTitle")
        self.tree = QTreeWidget(objectName="thisWeekTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Who / what"), self.tr("Account"), self.tr("When"), self.tr("Details")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        log = QPushButton(self.tr("Log a contact with the selected person"), objectName="thisWeekLog")
        close = QPushButton(self.tr("Close"))
        log.clicked.connect(self.log_selected)
        close.clicked.connect(self.accept)
        self.tree.itemDoubleClicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(log)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self.refresh()

    def refresh(self) -> None:
        week = this_week(self.session.db, self.today, cadence_settings.load(), cached=True)
        self.week = week
        self.title.setText(self.tr("<h3>This week — %1</h3>").replace("%1", self.today.isoformat()))
        self.tree.clear()
        self._contacts(self.tr("Overdue contacts (%1)"), week.overdue, "#b00020")
        self._contacts(self.tr("Due in the next %1 days (%2)").replace("%1", str(cadence_settings.load().soon_days)),
                       week.due_soon, "#b36b00")
        self._actions(week)
        self._moments(week)
        fm = self.fontMetrics()  # fixed widths: measuring every row would be slow on big lists
        for i, sample in enumerate(("M" * 22, "M" * 18, "2026-12-31  ")):
            self.tree.setColumnWidth(i, fm.horizontalAdvance(sample))

    def _section(self, text: str, color: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        font = QFont()
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, QBrush(QColor(color)))
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _more(self, parent: QTreeWidgetItem, total: int) -> None:
        if total > SHOWN:
            parent.addChild(QTreeWidgetItem([self.tr("… and %1 more").replace("%1", str(total - SHOWN))]))

    def _contacts(self, heading: str, states, color: str) -> None:
        top = self._section(heading.replace("%1", str(len(states))).replace("%2", str(len(states))), color)
        if not states:
            top.addChild(QTreeWidgetItem([self.tr("Nobody — well done")]))
        for s in states[:SHOWN]:
            if s.last_contact:
                details = self.tr("every %1 days; last contact %2").replace("%1", str(s.cadence_days)).replace(
                    "%2", s.last_contact.isoformat())
            else:
                details = self.tr("every %1 days; never contacted").replace("%1", str(s.cadence_days))
            item = QTreeWidgetItem([s.name, s.account_name, s.due_on(self.today).isoformat(), details])
            item.setData(0, ROW_ROLE, ("stakeholder", s.account_id, s.stakeholder_id))
            top.addChild(item)
        self._more(top, len(states))

    def _actions(self, week: ThisWeek) -> None:
        top = self._section(self.tr("Follow-up actions due or overdue (%1)").replace("%1", str(len(week.actions))),
                            "#1f5fa8")
        if not week.actions:
            top.addChild(QTreeWidgetItem([self.tr("No follow-up actions due")]))
        for a in week.actions[:SHOWN]:
            who = " · ".join(x for x in (a.owner, a.stakeholder_name) if x)
            item = QTreeWidgetItem([a.title, a.account_name, a.due_date.isoformat(), who])
            if a.overdue(self.today):
                item.setForeground(2, QBrush(QColor("#b00020")))
            item.setData(0, ROW_ROLE, ("action_item", a.account_id, a.id))
            top.addChild(item)
        self._more(top, len(week.actions))

    def _moments(self, week: ThisWeek) -> None:
        top = self._section(self.tr("Upcoming moments (%1)").replace(
            "%1", str(len(week.moments) + len(week.noted))), "#2e7d32")
        if not week.moments and not week.noted:
            top.addChild(QTreeWidgetItem([self.tr("No holidays in the next weeks")]))
        for m in week.moments:
            days = (m.on - self.today).days
            top.addChild(QTreeWidgetItem([m.label(self.session.lang), "", m.on.isoformat(),
                                          self.tr("in %1 days: time for a greeting").replace("%1", str(days))]))
        for person, account, account_id, person_id, moment in week.noted[:SHOWN]:
            item = QTreeWidgetItem([person, account, "", moment])
            item.setData(0, ROW_ROLE, ("stakeholder", account_id, person_id))
            top.addChild(item)

    def _selected(self):
        item = self.tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _open(self, item, _col) -> None:
        data = item.data(0, ROW_ROLE)
        if data:
            kind, account_id, record_id = data
            self.open_requested.emit(account_id, record_id if kind == "stakeholder" else "")

    def log_selected(self) -> bool:
        data = self._selected()
        if not data or data[0] != "stakeholder":
            return False
        with Edits(self.session, self.tr("Log a contact")) as e:
            e.create("contact_log", {"stakeholder_id": data[2], "contacted_on": self.today,
                                     "channel": "call", "kind": "social"})
        self.refresh()
        return e.ok


