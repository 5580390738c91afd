"""The account page: one tab per way of working on the account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ui.opportunities.tab import OpportunitiesTab
from ui.map.tab import MapTab
from ui.overview_tab import OverviewTab
from ui.people_tab import PeopleTab
from ui.session import Session


def empty_state(text: str) -> QWidget:
    w = QWidget()
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #777; font-size: 14px; padding: 40px;")
    layout = QVBoxLayout(w)
    layout.addWidget(label)
    return w


class AccountPage(QStackedWidget):
    """Shows the tabs for the selected account, or an empty state."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setObjectName("accountTabs")
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(session)
        self.tabs.addTab(self.overview, self.tr("Overview"))

        # Stakeholder map (issue 3)
        self.map = MapTab(session)
        self.tabs.addTab(self.map, self.tr("Stakeholder map"))

        self.people = PeopleTab(session)
        self.tabs.addTab(self.people, self.tr("People"))

        # Opportunities (issue 4)
        self.opportunities = OpportunitiesTab(session)
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))

        # Visits and notes (issue 5)
        from ui.visits.visits_tab import VisitsTab
        self.visits = VisitsTab(session)
        self.tabs.addTab(self.visits, self.tr("Visits && notes"))

        # Plan (issue 10)
        from ui.plan.plan_tab import PlanTab
        self.plan = PlanTab(session)
        self.tabs.addTab(self.plan, self.tr("Plan"))

        self.empty = empty_state(self.tr("No account selected.\n\nAdd an account with + on the left, "
                                         "or load the demo accounts from the File menu."))
        self.addWidget(self.empty)
        self.addWidget(self.tabs)
        self.account_id: str | None = None
        self._shown: dict[int, str | None] = {}  # tab index -> the account it shows
        self.tabs.currentChanged.connect(self._bring_up_to_date)
        session.bus.changed.connect(self._forget_deleted)
        #: which tab shows a record of each kind (for search results)
        self.tab_for_kind = {kind: self.tabs.indexOf(widget) for kind, widget in (
            ("account", self.overview), ("stakeholder", self.people), ("opportunity", self.opportunities),
            ("visit", self.visits), ("note", self.visits))}

    def show_account(self, account_id: str | None) -> None:
        """Tabs follow the selected account lazily: the visible tab now, the
        others when they are opened (a big account's plan, map and deals are
        not all computed for a tab nobody looks at)."""
        self.account_id = account_id or None
        self._bring_up_to_date(self.tabs.currentIndex())
        self.setCurrentWidget(self.tabs if self.account_id else self.empty)

    def _bring_up_to_date(self, index: int) -> None:
        widget = self.tabs.widget(index)
        show = getattr(widget, "show_account", None)
        if show is not None and self._shown.get(index, 0) != self.account_id:
            self._shown[index] = self.account_id
            show(self.account_id)

    def _forget_deleted(self, changes) -> None:
        """A tab that showed a deleted account shows it again from scratch
        when that account comes back (undo) and the tab is opened."""
        gone = changes.deleted.get("account")
        if gone:
            self._shown = {i: a for i, a in self._shown.items() if a not in gone}

    def reveal(self, kind: str, record_id: str) -> None:
        """Switch to the tab for ``kind``; a tab with ``reveal(record_id)``
        also selects the record."""
        index = self.tab_for_kind.get(kind)
        if index is None or not self.account_id:
            return
        self.tabs.setCurrentIndex(index)
        reveal = getattr(self.tabs.widget(index), "reveal", None)
        if reveal is not None:
            reveal(record_id)
