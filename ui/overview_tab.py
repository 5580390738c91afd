"""Overview tab: the account's own fields and a short summary of what it holds."""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from planner import vocab
from planner.services import ChangeSet, queries
from ui.record_form import RecordForm, money_box, vocab_combo
from ui.session import Session



class OverviewTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: str | None = None
        self.form = RecordForm(session, "account", self)
        lang = session.lang
        b = self.form.bind

        form = QFormLayout()
        form.addRow(self.tr("Name"), b("name", QLineEdit()))
        form.addRow(self.tr("Tier"), b("tier", vocab_combo(vocab.TIER, lang)))
        form.addRow(self.tr("Status"), b("status", vocab_combo(vocab.ACCOUNT_STATUS, lang)))
        form.addRow(self.tr("Industry"), b("industry", QLineEdit()))
        form.addRow(self.tr("Region"), b("region", QLineEdit()))
        money = QHBoxLayout()
        money.addWidget(b("revenue_potential", money_box()))
        money.addWidget(QLabel(self.tr("current business")))
        money.addWidget(b("current_business", money_box()))
        money.addWidget(b("currency", QLineEdit(maximumWidth=60)))
        form.addRow(self.tr("Revenue potential"), money)
        form.addRow(self.tr("Account owner"), b("owner", QLineEdit()))
        summary = b("summary", QPlainTextEdit())
        summary.setPlaceholderText(self.tr("What matters about this customer: strategy, "
                                           "our position, history…"))
        form.addRow(self.tr("Summary"), summary)

        box = QGroupBox(self.tr("Account"))
        box.setLayout(form)
        self.facts = QLabel()
        self.facts.setObjectName("accountFacts")
        self.facts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addWidget(self.facts)
        session.bus.changed.connect(self._on_changed)

    def show_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.form.load(account_id)
        self._update_facts()

    def _update_facts(self) -> None:
        if not self.account_id:
            self.facts.setText("")
            return
        c = queries.account_counts(self.session.db, self.account_id)
        self.facts.setText(self.tr("%1 people in %2 departments · %3 opportunities, %4 open")
                           .replace("%1", str(c["stakeholders"])).replace("%2", str(c["departments"]))
                           .replace("%3", str(c["opportunities"])).replace("%4", str(c["open_opportunities"])))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.account_id and changes.touches("stakeholder", "department", "opportunity"):
            self._update_facts()
