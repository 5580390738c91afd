"""A person's contact plan and trust: cadence, last contact and when the
next is due, "log a contact" (resets the clock), and the trust chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from planner import vocab
from planner.contacts.cadence import contact_states
from planner.contacts.trust import trend
from planner.contacts.trust_chart import render_png
from ui.session import Session
from ui.visits import cadence_settings
from ui.visits.edits import Edits


class PersonPanel(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.session = session
        self.stakeholder_id: str | None = None
        self.summary = QLabel(objectName="contactSummary")
        self.summary.setWordWrap(True)
        self.cadence = QSpinBox(objectName="cadenceDays")
        self.cadence.setRange(1, 3650)
        self.cadence.setSuffix(self.tr(" days"))
        set_btn = QPushButton(self.tr("Set cadence"), objectName="setCadence")
        log_btn = QPushButton(self.tr("Log a contact…"), objectName="logContact")
        self.chart = QLabel(objectName="trustChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setWordWrap(True)
        self.chart.setStyleSheet("QLabel { color: #777; padding: 16px; }")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Contact every")))
        row.addWidget(self.cadence)
        row.addWidget(set_btn)
        row.addStretch(1)
        row.addWidget(log_btn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.chart)
        set_btn.clicked.connect(lambda: self.set_cadence(self.cadence.value()))
        log_btn.clicked.connect(self._log_dialog)

    def show_person(self, stakeholder_id: str) -> None:
        self.stakeholder_id = stakeholder_id
        self.refresh()

    def refresh(self) -> None:
        if not self.stakeholder_id:
            return
        today = date.today()
        defaults = cadence_settings.load()
        state = contact_states(self.session.db, defaults, stakeholder_ids=[self.stakeholder_id]).get(self.stakeholder_id)
        if state is None:
            self.summary.setText(self.tr("This person has left the account."))
            self.chart.clear()
            return
        self.cadence.setValue(state.cadence_days)
        source = self.tr("own contact plan") if state.planned else self.tr("default for their role and importance")
        last = state.last_contact.isoformat() if state.last_contact else self.tr("never")
        status = state.status(today, defaults.soon_days)
        status_text = {"overdue": self.tr("overdue"), "soon": self.tr("due soon"), "ok": self.tr("on track")}[status]
        color = {"overdue": "#b00020", "soon": "#b36b00", "ok": "#2e7d32"}[status]
        self.summary.setText(
            self.tr("<b>%1</b>: every %2 days (%3). Last contact: %4. Next due: %5 — <span style='color:%6'>%7</span>")
            .replace("%1", state.name).replace("%2", str(state.cadence_days)).replace("%3", source)
            .replace("%4", last).replace("%5", state.due_on(today).isoformat()).replace("%6", color)
            .replace("%7", status_text))
        history = trend(self.session.db, self.stakeholder_id, today, quarters=8)
        if not any(t.total for t in history):  # an empty chart says nothing: say why
            self.chart.clear()
            self.chart.setText(self.tr("No trust history yet: log a contact or a visit with %1 "
                                       "and the trust chart fills in.").replace("%1", state.name))
            return
        pix = QPixmap()
        pix.loadFromData(render_png(history[-1], history, self.session.lang))
        self.chart.setPixmap(pix)

    def set_cadence(self, days: int) -> None:
        if not self.stakeholder_id:
            return
        plans = self.session.records.list("contact_plan", stakeholder_id=self.stakeholder_id)
        with Edits(self.session, self.tr("Set contact cadence")) as e:
            if plans:
                e.update("contact_plan", plans[0]["id"], {"cadence_days": days})
            else:
                e.create("contact_plan", {"stakeholder_id": self.stakeholder_id, "cadence_days": days})
        self.refresh()

    def log_contact(self, on: date, channel: str = "call", kind: str = "social", note: str = "") -> None:
        if not self.stakeholder_id:
            return
        with Edits(self.session, self.tr("Log a contact")) as e:
            e.create("contact_log", {"stakeholder_id": self.stakeholder_id, "contacted_on": on,
                                     "channel": channel, "kind": kind, "note": note})
        self.refresh()

    def _log_dialog(self) -> None:
        dialog = LogContactDialog(self.session.lang, self)
        if dialog.exec():
            self.log_contact(*dialog.values())


class LogContactDialog(QDialog):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a contact"))
        from PySide6.QtWidgets import QDateEdit

        self.on = QDateEdit(date.today(), objectName="contactDate")
        self.on.setCalendarPopup(True)
        self.channel = QComboBox(objectName="contactChannel")
        for v in ("call", "message", "meeting", "email", "event"):
            self.channel.addItem(vocab.CHANNEL.label(v, lang), v)
        self.kind = QComboBox(objectName="contactKind")
        for v in vocab.CONTACT_KIND.values:
            self.kind.addItem(vocab.CONTACT_KIND.label(v, lang), v)
        self.note = QLineEdit(objectName="contactNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def values(self):
        return self.on.date().toPython(), self.channel.currentData(), self.kind.currentData(), self.note.text().strip()
