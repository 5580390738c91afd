"""The Plan tab: the account plan in sections, picked from a list on the
left (Objectives, Action plan, SWOT, Whitespace, Executive concerns, Health,
Risks, Tier rationale)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from ui.plan.actions_section import ActionPlanSection
from ui.plan.concerns_section import ConcernsSection
from ui.plan.health_section import HealthSection
from ui.plan.objectives_section import ObjectivesSection
from ui.plan.risks_section import RisksSection
from ui.plan.swot_section import SwotSection
from ui.plan.tier_section import TierSection
from ui.plan.whitespace_section import WhitespaceSection
from ui.session import Session


class PlanTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.session = session
        self.objectives = ObjectivesSection(session)
        self.actions = ActionPlanSection(session)
        self.swot = SwotSection(session)
        self.whitespace = WhitespaceSection(session)
        self.concerns = ConcernsSection(session)
        self.health = HealthSection(session)
        self.risks = RisksSection(session)
        self.tier = TierSection(session, self.open_portfolio)
        self.sections = [
            (self.tr("Objectives"), self.objectives), (self.tr("Action plan"), self.actions),
            (self.tr("SWOT"), self.swot), (self.tr("Whitespace"), self.whitespace),
            (self.tr("Executive concerns"), self.concerns), (self.tr("Health & NPS"), self.health),
            (self.tr("Risks"), self.risks), (self.tr("Tier rationale"), self.tier),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("planSections")
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 13px; } QListWidget::item { padding: 6px; }")
        self.stack = QStackedWidget()
        for title, widget in self.sections:
            self.nav.addItem(title)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def show_section(self, widget: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(widget))

    def show_account(self, account_id: str | None) -> None:
        for _title, widget in self.sections:
            widget.show_account(account_id)

    def open_portfolio(self) -> None:
        from ui.plan.portfolio_dialog import PortfolioDialog

        PortfolioDialog(self.session, self).exec()
