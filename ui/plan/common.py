"""Small widgets shared by the Plan tab's sections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ui.session import Session

OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor("#a4262c")
MUTED = QColor("#777777")


def today() -> date:
    return date.today()


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    d = value or today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    return label


def item(text: str, data=None, editable: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    flags = it.flags()
    it.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags & ~Qt.ItemFlag.ItemIsEditable)
    return it


def setup_table(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)


def money(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}"


class Section(QWidget):
    """A section of the Plan tab: follows the account, refreshes itself when
    a change-set touches one of ``KINDS``."""

    KINDS: tuple[str, ...] = ()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: str | None = None
        session.bus.changed.connect(self._on_changed)

    def show_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.refresh()

    def _on_changed(self, changes) -> None:
        if self.account_id and self.account_id in changes.deleted.get("account", ()):
            # the account went (a hidden tab still holds it): nothing to show
            # until the tab follows the next selected account
            self.show_account(None)
        elif self.account_id and changes.touches(*self.KINDS):
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError
