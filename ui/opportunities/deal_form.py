"""The deal's own fields, and the account's past projects (won, lost, why)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QPlainTextEdit, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from planner import vocab
from planner.services import ChangeSet
from ui.opportunities.common import DateLine
from ui.record_form import RecordForm, money_box, vocab_combo
from ui.session import Session


class DealRecordForm(RecordForm):
    """A RecordForm that also binds date lines."""

    def value_of(self, field: str) -> Any:
        w = self._widgets[field]
        if isinstance(w, DateLine):
            return w.date()  # DateTextError says what to type (RecordForm shows it)
        return super().value_of(field)

    def _commit(self, field: str) -> None:
        super()._commit(field)
        w = self._widgets[field]
        if isinstance(w, DateLine) and self.record_id is not None:
            w.set_date(self.session.records.get(self.kind, self.record_id)[field])  # 2027/3/5 shows as 2027-03-05

    def _show(self, field: str, value: Any) -> None:
        w = self._widgets[field]
        if isinstance(w, DateLine):
            w.set_date(value)
        else:
            super()._show(field, value)



class DealForm(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.form = DealRecordForm(session, "opportunity", self)
        lang = session.lang
        b = self.form.bind
        form = QFormLayout()
        form.addRow(self.tr("Name"), b("name", QLineEdit()))
        form.addRow(self.tr("Stage"), b("stage", vocab_combo(vocab.STAGE, lang)))
        form.addRow(self.tr("Status"), b("status", vocab_combo(vocab.OPPORTUNITY_STATUS, lang)))
        money = QHBoxLayout()
        money.addWidget(b("value", money_box()), 1)
        currency = b("currency", QLineEdit())
        currency.setMaximumWidth(60)
        money.addWidget(currency)
        form.addRow(self.tr("Deal value"), money)
        form.addRow(self.tr("Expected close"), b("expected_close", DateLine()))
        form.addRow(self.tr("Purchase type"), b("purchase_type", vocab_combo(vocab.PURCHASE_TYPE, lang)))
        form.addRow(self.tr("Procurement method"),
                    b("procurement_method", vocab_combo(vocab.PROCUREMENT_METHOD, lang)))
        competitors = b("competitors", QLineEdit())
        competitors.setPlaceholderText(self.tr("Competitors, separated by commas"))
        form.addRow(self.tr("Competitors"), competitors)
        form.addRow(self.tr("Our owner"), b("owner", QLineEdit()))
        description = b("description", QPlainTextEdit())
        description.setMaximumHeight(90)
        form.addRow(self.tr("Description"), description)
        why = b("outcome_reason", QPlainTextEdit())
        why.setMaximumHeight(70)
        why.setPlaceholderText(self.tr("Why it was won, lost or dropped"))
        form.addRow(self.tr("Why won / lost"), why)
        box = QGroupBox(self.tr("This opportunity"))
        box.setLayout(form)

        self.history = QTableWidget(0, 4)
        self.history.setObjectName("pastProjects")
        self.history.setHorizontalHeaderLabels([self.tr("Past project"), self.tr("Status"),
                                                self.tr("Procurement"), self.tr("Why")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        past = QGroupBox(self.tr("Past projects at this account: how this customer buys"))
        QVBoxLayout(past).addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.addWidget(box, 3)
        layout.addWidget(past, 2)
        session.bus.changed.connect(self._on_changed)

    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self.form.load(opportunity_id)
        self._load_history()

    def _load_history(self) -> None:
        self.history.setRowCount(0)
        if not self.opportunity_id:
            return
        opp = self.session.records.get("opportunity", self.opportunity_id)
        past = [o for o in self.session.records.list("opportunity", account_id=opp["account_id"])
                if o["id"] != opp["id"] and o["status"] != "open"]
        past.sort(key=lambda o: (o["expected_close"] is None, o["expected_close"]), reverse=True)
        lang = self.session.lang
        for o in past:
            r = self.history.rowCount()
            self.history.insertRow(r)
            cells = [o["name"], vocab.OPPORTUNITY_STATUS.label(o["status"], lang),
                     vocab.PROCUREMENT_METHOD.label(o["procurement_method"], lang), o["outcome_reason"]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(r, c, item)
        self.history.resizeColumnsToContents()
        self.history.setColumnWidth(0, min(self.history.columnWidth(0), 260))
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.resizeRowsToContents()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.opportunity_id and changes.touches("opportunity"):
            self._load_history()
