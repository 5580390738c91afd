"""The portfolio across accounts: tiers against revenue, the 80/20 picture
(a Pareto chart drawn by matplotlib) and the table behind it."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QTableWidget, QVBoxLayout)
from PySide6.QtCore import Qt

from planner import vocab
from planner.plan import portfolio
from ui.plan.common import item, money, setup_table
from ui.session import Session


class PortfolioDialog(QDialog):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDialog")
        self.setWindowTitle(self.tr("Portfolio: tiers against revenue"))
        self.session = session
        self.data = portfolio.portfolio(session.db)
        # one currency at a time: amounts in different currencies are never added
        self.currency = QComboBox()
        self.currency.setObjectName("portfolioCurrency")
        for code, count in self.data["currencies"]:
            self.currency.addItem(self.tr("%1 (accounts: %2)").replace("%1", code).replace("%2", str(count)), code)
        self.currency.currentIndexChanged.connect(self._currency_chosen)
        choose = QHBoxLayout()
        label = QLabel(self.tr("&Currency:"))
        label.setBuddy(self.currency)
        choose.addWidget(label)
        choose.addWidget(self.currency)
        choose.addStretch(1)
        self.canvas = FigureCanvasQTAgg(portfolio.pareto_figure(self.data, session.lang))
        self.canvas.setMinimumHeight(320)
        self.table = QTableWidget()
        self.table.setObjectName("portfolioTable")
        setup_table(self.table, [self.tr("Account"), self.tr("Tier"), self.tr("Current business"),
                                 self.tr("Share"), self.tr("Cumulative"), self.tr("Revenue potential"),
                                 self.tr("Strategic"), self.tr("Reference"), self.tr("Tier rationale")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self._fill()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setSizes([420, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if len(self.data["currencies"]) > 1:
            layout.addLayout(choose)
        else:
            label.hide()
            self.currency.hide()
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1000, 720)

    def _currency_chosen(self, index: int) -> None:
        self.data = portfolio.portfolio(self.session.db, self.currency.itemData(index))
        self.canvas.figure = portfolio.pareto_figure(self.data, self.session.lang)
        self.canvas.figure.set_canvas(self.canvas)
        self.canvas.draw_idle()
        self._fill()

    def _fill(self) -> None:
        lang = self.session.lang
        t = self.table
        t.setRowCount(len(self.data["rows"]))
        for r, a in enumerate(self.data["rows"]):
            cells = [a["name"], vocab.TIER.label(a["tier"], lang), f"{money(a['revenue'])} {a['currency']}",
                     f"{a['share']:.0%}", f"{a['cumulative']:.0%}", money(a["potential"]),
                     str(a["strategic_value"]), str(a["reference_value"]), a["tier_rationale"]]
            for c, text in enumerate(cells):
                it = item(text, a["id"])
                if a["question"] and c == 1:
                    it.setForeground(QBrush(QColor("#c62828")))
                    it.setToolTip(self.tr("The tier looks out of line with the revenue."))
                t.setItem(r, c, it)
        t.resizeColumnsToContents()
