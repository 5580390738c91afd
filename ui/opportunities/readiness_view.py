"""Bid / no-bid readiness of one deal, explained item by item."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from planner.deals import readiness
from planner.services import ChangeSet
from ui.opportunities import common
from ui.session import Session

KINDS = ("decision_role", "stakeholder", "checklist", "checklist_item", "value_proposition",
         "proposition_delivery", "visit", "visit_attendee", "contact_log")
VERDICT_COLOURS = {"bid": "#1b7f3b", "qualify": "#d9822b", "no_bid": "#c8372d"}


class ReadinessView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.result: dict | None = None
        self.headline = QLabel()
        self.headline.setObjectName("readinessHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("readinessItems")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(common.hint(self.tr(
            "Score: under control or known counts fully, at risk half, unknown nothing. Bid when the "
            "score is 70 or more and the decider, the procurement method, the scoring and the award "
            "rule are known.")))
        self.areas = {"control_points": self.tr("Control points"), "decision_chain": self.tr("Decision chain"),
                      "checklist": self.tr("Tender rules"), "propositions": self.tr("Value propositions")}
        session.bus.changed.connect(self._on_changed)

    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        if not self.opportunity_id:
            self.headline.setText("")
            return
        self.result = r = readiness.readiness(self.session.db, self.opportunity_id, date.today())
        colour = VERDICT_COLOURS[r["verdict"]]
        self.headline.setText(f"<span style='color:{colour}'>{r['score']}/100 — {common.text_of(self.session, r)}</span>")
        groups = {}
        for item in r["items"]:
            group = groups.get(item["area"])
            if group is None:
                group = groups[item["area"]] = QTreeWidgetItem([self.areas[item["area"]]])
                f = group.font(0)
                f.setBold(True)
                group.setFont(0, f)
                self.tree.addTopLevelItem(group)
            child = QTreeWidgetItem([f"{common.STATUS_MARKS[item['status']]}  {common.text_of(self.session, item)}"])
            child.setForeground(0, QColor(common.SEVERITY_COLOURS[item["status"]]))
            child.setToolTip(0, common.text_of(self.session, item))
            group.addChild(child)
        self.tree.expandAll()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.opportunity_id and changes.touches(*KINDS) and self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()
