"""Tier rationale: why the account is S / A / B / C (revenue potential,
strategic value, reference value, in words), and where it stands in the
portfolio."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QPushButton,
                               QSpinBox, QVBoxLayout)

from planner import vocab
from planner.plan import portfolio
from ui.plan.common import Section, hint
from ui.record_form import RecordForm, money_box, vocab_combo



def _score_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 5)
    return box


class TierSection(Section):
    KINDS = ("account",)

    def __init__(self, session, open_portfolio=None, parent=None) -> None:
        super().__init__(session, parent)
        self.form = RecordForm(session, "account", self)
        b = self.form.bind
        form = QFormLayout()
        form.addRow(self.tr("Tier"), b("tier", vocab_combo(vocab.TIER, session.lang)))
        form.addRow(self.tr("Revenue potential"), b("revenue_potential", money_box()))
        form.addRow(self.tr("Current business"), b("current_business", money_box()))
        form.addRow(self.tr("Strategic value (1-5)"), b("strategic_value", _score_box()))
        form.addRow(self.tr("Reference value (1-5)"), b("reference_value", _score_box()))
        rationale = b("tier_rationale", QPlainTextEdit())
        rationale.setMaximumHeight(180)
        rationale.setPlaceholderText(self.tr("Why this tier: size and growth, strategic importance, "
                                             "value as a reference for other customers…"))
        form.addRow(self.tr("Rationale"), rationale)
        box = QGroupBox(self.tr("Why this tier"))
        box.setLayout(form)
        box.setMaximumWidth(820)
        self.position = QLabel()
        self.position.setObjectName("portfolioPosition")
        self.position.setWordWrap(True)
        show = QPushButton(self.tr("Open the portfolio view…"))
        show.setEnabled(open_portfolio is not None)
        if open_portfolio is not None:
            show.clicked.connect(open_portfolio)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(hint(self.tr("S = strategic, large share of revenue, industry leader; A = important; "
                                      "B and C = served normally.")))
        layout.addWidget(self.position)
        layout.addWidget(show, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.form.load(self.account_id)
        if not self.account_id:
            self.position.setText("")
            return
        p = portfolio.portfolio(self.session.db)
        rank = next((i for i, r in enumerate(p["rows"]) if r["id"] == self.account_id), None)
        if rank is None:
            self.position.setText("")
            return
        r = p["rows"][rank]
        text = (self.tr("Portfolio: number %1 of %2 accounts by current business (%3 of the total).")
                .replace("%1", str(rank + 1)).replace("%2", str(len(p["rows"]))).replace("%3", f"{r['share']:.0%}"))
        if r["question"]:
            text += " " + self.tr("Its tier looks out of line with its revenue: check the rationale.")
        self.position.setText(text)
