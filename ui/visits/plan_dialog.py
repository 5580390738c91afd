"""Plan a visit: when, where, why, who (with a briefing on each attendee),
questions to ask and value propositions to deliver."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from planner import vocab
from planner.services import queries
from planner.text.sortkey import name_sort_key, sort_key
from planner.visits.planning import VisitPlan, briefing, propositions_for
from ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole


def checked_ids(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class PlanVisitDialog(QDialog):
    def __init__(self, session: Session, account_id: str, opportunity_id: str | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("planVisitDialog")
        self.session, self.account_id = session, account_id
        self.setWindowTitle(self.tr("Plan a visit"))
        lang = session.lang

        self.opportunity = QComboBox(objectName="planOpportunity")
        self.opportunity.addItem(self.tr("(no opportunity)"), None)
        for opp in sorted(session.records.list("opportunity", account_id=account_id),
                          key=lambda o: (o["status"] != "open", sort_key(o["name"]))):
            self.opportunity.addItem(opp["name"], opp["id"])
        self.starts = QDateTimeEdit(objectName="planStarts")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = (datetime.now() + timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)
        self.starts.setDateTime(QDateTime(start))
        self.hours = QComboBox(objectName="planHours")
        for h in (0.5, 1, 1.5, 2, 3, 4, 8):
            self.hours.addItem(self.tr("%1 h").replace("%1", f"{h:g}"), h)
        self.hours.setCurrentIndex(2)
        self.kind = QComboBox(objectName="planKind")
        for v in vocab.VISIT_KIND.values:
            self.kind.addItem(vocab.VISIT_KIND.label(v, lang), v)
        self.place = QLineEdit(objectName="planPlace")
        self.purpose = QPlainTextEdit(objectName="planPurpose")
        self.purpose.setPlaceholderText(self.tr("What do we want from this meeting?"))
        self.purpose.setMaximumHeight(60)
        self.purpose.setTabChangesFocus(True)   # Tab goes to the next field, as in every form
        self.questions = QPlainTextEdit(objectName="planQuestions")
        self.questions.setPlaceholderText(self.tr("Questions to ask, one a line"))
        self.questions.setMaximumHeight(80)
        self.questions.setTabChangesFocus(True)
        self.ours = QLineEdit(objectName="planOurPeople")
        self.ours.setPlaceholderText(self.tr("Our people, separated by commas"))

        self.people = QListWidget(objectName="planPeople")
        for p in sorted((p for p in queries.stakeholders(session.db, account_id) if p["status"] == "active"),
                        key=lambda p: name_sort_key(p["name"])):
            item = QListWidgetItem(f"{p['name']}  {p['title']}".strip())
            item.setData(ID_ROLE, p["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.props = QListWidget(objectName="planPropositions")
        self.brief = QTextBrowser(objectName="planBriefing")
        self.brief.setOpenLinks(False)

        if opportunity_id:
            self.opportunity.setCurrentIndex(max(0, self.opportunity.findData(opportunity_id)))
        self._fill_propositions()
        self._update_brief()
        self.opportunity.currentIndexChanged.connect(self._fill_propositions)
        self.people.itemChanged.connect(self._update_brief)

        form = QFormLayout()
        form.addRow(self.tr("Opportunity"), self.opportunity)
        when = QHBoxLayout()
        when.addWidget(self.starts, 1)
        when.addWidget(self.hours)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Objective"), self.purpose)
        form.addRow(self.tr("Questions"), self.questions)
        form.addRow(self.tr("Our people"), self.ours)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(form)
        lv.addWidget(QLabel(self.tr("Attendees from the account")))
        lv.addWidget(self.people, 3)
        lv.addWidget(QLabel(self.tr("Value propositions to deliver")))
        lv.addWidget(self.props, 1)
        self.props.setMaximumHeight(120)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Briefing on the attendees")))
        rv.addWidget(self.brief, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([460, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan the visit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(920, 640)

    def _fill_propositions(self, *_args) -> None:
        self.props.clear()
        for p in propositions_for(self.session.db, self.account_id, self.opportunity.currentData()):
            item = QListWidgetItem(p["title"])
            item.setData(ID_ROLE, p["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.props.addItem(item)
        if not self.props.count():
            item = QListWidgetItem(self.tr("No value propositions for this opportunity yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.props.addItem(item)

    def set_attendees(self, ids: list[str]) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)

    def set_propositions(self, ids: list[str]) -> None:
        for i in range(self.props.count()):
            item = self.props.item(i)
            if item.data(ID_ROLE) in ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _update_brief(self, *_args) -> None:
        self.brief.setHtml(briefing_html(self, self.session, checked_ids(self.people)))

    def load(self, visit: dict, stakeholder_ids: list[str], our_people: list[str],
             proposition_ids: list[str]) -> None:
        """Fill the form with a planned visit (to change the plan)."""
        self.setWindowTitle(self.tr("Change the plan"))
        self.opportunity.setCurrentIndex(max(0, self.opportunity.findData(visit["opportunity_id"])))
        self.starts.setDateTime(QDateTime(visit["starts_at"]))
        if visit["ends_at"]:
            hours = (visit["ends_at"] - visit["starts_at"]).total_seconds() / 3600
            if self.hours.findData(hours) < 0:
                self.hours.addItem(self.tr("%1 h").replace("%1", f"{hours:g}"), hours)
            self.hours.setCurrentIndex(self.hours.findData(hours))
        self.kind.setCurrentIndex(max(0, self.kind.findData(visit["kind"])))
        self.place.setText(visit["place"])
        self.purpose.setPlainText(visit["purpose"])
        self.questions.setPlainText(visit["questions"])
        self.ours.setText(", ".join(our_people))
        self.set_attendees(stakeholder_ids)
        self.set_propositions(proposition_ids)

    def plan(self) -> VisitPlan:
        start = self.starts.dateTime().toPython().replace(second=0, microsecond=0)
        return VisitPlan(
            account_id=self.account_id, opportunity_id=self.opportunity.currentData(), starts_at=start,
            ends_at=start + timedelta(hours=float(self.hours.currentData())),
            place=self.place.text().strip(), kind=self.kind.currentData(),
            purpose=self.purpose.toPlainText().strip(), questions=self.questions.toPlainText().strip(),
            stakeholder_ids=checked_ids(self.people),
            our_people=[n.strip() for n in self.ours.text().replace("，", ",").split(",") if n.strip()],
            proposition_ids=[i for i in checked_ids(self.props) if i])


def briefing_html(widget: QWidget, session: Session, ids: list[str]) -> str:
    """What to know about each attendee: roles, attitude, what they care
    about, open actions. (Texts in the "VisitBriefing" context: ``widget.tr``
    here would be filed by lupdate under a context named "widget".)"""
    if not ids:
        return "<p style='color:#777'>" + escape(QCoreApplication.translate(
            "VisitBriefing", "Tick the people who will attend to see their roles, attitude and open actions.")) + "</p>"
    lang = session.lang
    parts = []
    for b in briefing(session.db, ids):
        roles = ", ".join(f"{vocab.BUYING_ROLE.label(r, lang)} ({escape(o)})" for o, r in b.roles) or "—"
        rows = [(QCoreApplication.translate("VisitBriefing", "Buying roles"), roles),
                (QCoreApplication.translate("VisitBriefing", "Attitude"),
                 escape(vocab.ATTITUDE.label(b.attitude, lang))),
                (QCoreApplication.translate("VisitBriefing", "Business metrics"), escape(b.business_metrics) or "—"),
                (QCoreApplication.translate("VisitBriefing", "Decision criteria"), escape(b.decision_criteria) or "—"),
                (QCoreApplication.translate("VisitBriefing", "Personal wins"), escape(b.personal_wins) or "—")]
        actions = "".join(f"<li>{escape(t)}{' — ' + d.isoformat() if d else ''}</li>" for t, d in b.open_actions)
        rows.append((QCoreApplication.translate("VisitBriefing", "Open actions"),
                     f"<ul style='margin:0'>{actions}</ul>" if actions else "—"))
        table = "".join(f"<tr><td style='color:#555;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
        parts.append(f"<h4 style='margin-bottom:2px'>{escape(b.name)} <span style='font-weight:normal;color:#555'>"
                     f"{escape(b.title)}</span></h4><table>{table}</table>")
    return "".join(parts)
