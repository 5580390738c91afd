"""Visits & notes tab: the account's timeline (or an opportunity's or a
person's), with the selected visit, note or person on the right."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from planner.text.sortkey import sort_key
from planner.visits.timeline import scope_choices, timeline
from ui.session import Session
from ui.visits.edits import Edits
from ui.visits.note_editor import NoteEditor
from ui.visits.person_panel import PersonPanel
from ui.visits.plan_dialog import PlanVisitDialog
from ui.visits.timeline_model import ENTRY_ROLE, TimelineModel
from ui.visits.visit_panel import VisitPanel

WATCHED = ("visit", "visit_attendee", "note", "contact_log", "proposition_delivery", "action_item",
           "stakeholder", "opportunity", "contact_plan")


class VisitsTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("visitsTab")
        self.session = session
        self.account_id: str | None = None
        self.opportunity = QComboBox(objectName="timelineOpportunity")
        self.person = QComboBox(objectName="timelinePerson")
        self.person.setMinimumContentsLength(14)
        plan = QPushButton(self.tr("Plan a visit…"), objectName="planVisit")
        plan.setToolTip(self.tr("Plan a visit (Ctrl+Shift+V, New menu)"))
        new_note = QPushButton(self.tr("New note"), objectName="newNote")
        self.brief = QPushButton(self.tr("Pre-visit brief…"), objectName="visitBrief")
        self.brief.setToolTip(self.tr("A PDF brief for the selected planned visit"))
        self.brief.setEnabled(False)
        self.model = TimelineModel(session.lang, self)
        self.table = QTableView(objectName="timelineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        fm = self.fontMetrics()  # fixed widths: measuring thousands of rows would be slow
        self.table.setColumnWidth(0, fm.horizontalAdvance("2026-12-31 00:00") + 16)
        self.table.setColumnWidth(1, fm.horizontalAdvance("Proposition delivery") + 16)
        self.count = QLabel()
        self.person_panel = PersonPanel(session)
        self.person_panel.hide()

        self.visit_panel = VisitPanel(session)
        self.note_editor = NoteEditor(session)
        self.detail = QStackedWidget()
        self.placeholder = QLabel(self._pick_text(), objectName="detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777; font-size: 14px; padding: 40px;")
        for w in (self.placeholder, self.visit_panel, self.note_editor):
            self.detail.addWidget(w)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Timeline of")))
        bar.addWidget(self.opportunity)
        bar.addWidget(self.person)
        bar.addStretch(1)
        bar.addWidget(plan)
        bar.addWidget(new_note)
        bar.addWidget(self.brief)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.person_panel)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.count)
        self.split = QSplitter()
        self.split.addWidget(left)
        self.split.addWidget(self.detail)
        self.split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)

        plan.clicked.connect(self.plan_visit)
        new_note.clicked.connect(lambda: self.new_note())
        self.brief.clicked.connect(self.export_brief)
        self.opportunity.currentIndexChanged.connect(lambda _: self._scope_changed())
        self.person.currentIndexChanged.connect(lambda _: self._person_changed())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.visit_panel.saved.connect(lambda _: self.person_panel.refresh())
        self.visit_panel.change_plan.connect(self.change_plan)
        session.bus.changed.connect(self._on_changes)

    # scope -----------------------------------------------------------------
    def show_account(self, account_id: str | None) -> None:
        self.note_editor.save()
        self.account_id = account_id
        self._fill_scopes()
        self.placeholder.setText(self._pick_text())
        self.detail.setCurrentWidget(self.placeholder)
        self.reload()

    def _fill_scopes(self) -> None:
        for combo in (self.opportunity, self.person):
            combo.blockSignals(True)
            combo.clear()
        self.opportunity.addItem(self.tr("All opportunities"), None)
        self.person.addItem(self.tr("Everyone"), None)
        if self.account_id:
            opps, people = scope_choices(self.session.db, self.account_id)
            for record_id, name in sorted(opps, key=lambda o: sort_key(o[1])):
                self.opportunity.addItem(name, record_id)
            for record_id, name in sorted(people, key=lambda p: sort_key(p[1])):
                self.person.addItem(name, record_id)
        for combo in (self.opportunity, self.person):
            combo.blockSignals(False)

    def _person_changed(self) -> None:
        sid = self.person.currentData()
        self.person_panel.setVisible(bool(sid))
        if sid:
            self.person_panel.show_person(sid)
        self._scope_changed()

    def _pick_text(self) -> str:
        return self.tr("Pick a visit or a note in the timeline,\n"
                       "plan a visit (Ctrl+Shift+V) or write a new note.")

    def _scope_changed(self) -> None:
        """A narrower timeline: what the right pane shows must be in it, else
        the pane goes back to its empty state (saying when there is nothing)."""
        self.reload()
        shown = self.detail.currentWidget()
        shown_id = (self.visit_panel.visit_id if shown is self.visit_panel
                    else self.note_editor.note_id if shown is self.note_editor else None)
        if shown_id is not None and any(e.id == shown_id for e in self.model.entries):
            return
        self.note_editor.save()
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, 0))
        narrowed = self.person.currentData() or self.opportunity.currentData()
        self.placeholder.setText(self._nothing_text() if narrowed and not self.model.entries else self._pick_text())
        self.detail.setCurrentWidget(self.placeholder)

    def _nothing_text(self) -> str:
        who = self.person.currentText() if self.person.currentData() else self.opportunity.currentText()
        if self.person.currentData():
            text = self.tr("Nothing recorded with %1 yet: no visits, notes or contacts.")
        else:
            text = self.tr("Nothing recorded for %1 yet: no visits, notes or contacts.")
        return text.replace("%1", who) + "\n" + self.tr("Plan a visit (Ctrl+Shift+V) or write a new note.")

    def select_person(self, stakeholder_id: str) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(stakeholder_id)))

    def reload(self) -> None:
        if not self.account_id:
            self.model.set_entries([])
            return
        current = self._current_entry()
        entries = timeline(self.session.db, account_id=self.account_id,
                           opportunity_id=self.opportunity.currentData(), stakeholder_id=self.person.currentData())
        self.model.set_entries(entries)
        self.count.setText(self.tr("%1 entries, newest first").replace("%1", str(len(entries))))
        if current is not None:
            self.select_entry(current.kind, current.id)
        self.brief.setEnabled(self._brief_visit() is not None)

    def _current_entry(self):
        index = self.table.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def reveal(self, record_id: str) -> None:
        """A search result: open the visit or note with this id."""
        self.select_entry("visit", record_id) or self.select_entry("note", record_id)

    def select_entry(self, kind: str, record_id: str) -> bool:
        for row, e in enumerate(self.model.entries):
            if e.kind == kind and e.id == record_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _brief_visit(self) -> str | None:
        """The selected visit when it is a planned one (what a brief is for)."""
        e = self._current_entry()
        return e.id if e is not None and e.kind == "visit" and e.status == "planned" else None

    def export_brief(self) -> None:
        """The same flow as File → Pre-visit brief, with this visit chosen."""
        from ui.report_dialogs import export_brief

        visit_id = self._brief_visit()
        if visit_id:
            export_brief(self.session, self.window(), self.account_id, visit_id)

    def _row_changed(self, current, _previous) -> None:
        e = current.data(ENTRY_ROLE) if current.isValid() else None
        self.brief.setEnabled(self._brief_visit() is not None)
        if e is None:
            return
        if e.kind == "visit":
            self.note_editor.save()
            self.visit_panel.show_visit(e.id)
            self.detail.setCurrentWidget(self.visit_panel)
        elif e.kind == "note":
            if self.note_editor.note_id != e.id:
                self.note_editor.open_note(e.id)
            self.detail.setCurrentWidget(self.note_editor)

    def _on_changes(self, changes) -> None:
        if not self.account_id or not changes.touches(*WATCHED):
            return
        if changes.touches("opportunity", "stakeholder"):
            keep = (self.opportunity.currentData(), self.person.currentData())
            self._fill_scopes()
            self.opportunity.setCurrentIndex(max(0, self.opportunity.findData(keep[0])))
            self.person.setCurrentIndex(max(0, self.person.findData(keep[1])))
        if set(changes.ids("note")) == {self.note_editor.note_id} and not changes.touches("visit"):
            # typing in the open note: the row's title may change, the list need not jump
            self.reload()
            return
        self.reload()
        if self.person.currentData():
            self.person_panel.refresh()

    # actions ---------------------------------------------------------------
    def plan_visit(self) -> str | None:
        if not self.account_id:
            return None
        dialog = PlanVisitDialog(self.session, self.account_id, self.opportunity.currentData(), self)
        if self.person.currentData():
            dialog.set_attendees([self.person.currentData()])
        if not dialog.exec():
            return None
        return self.save_plan(dialog.plan())

    def save_plan(self, plan) -> str | None:
        """Create the visit, attendees and planned deliveries as one undo step."""
        with Edits(self.session, self.tr("Plan a visit")) as e:
            visit_id = e.create("visit", plan.visit_values())
            if visit_id:
                for values in plan.attendee_values(visit_id):
                    e.create("visit_attendee", values)
                for values in plan.delivery_values(visit_id):
                    e.create("proposition_delivery", values)
        if not e.ok:
            return None
        self.reload()
        self.select_entry("visit", visit_id)
        return visit_id

    def change_plan(self, visit_id: str) -> bool:
        """Change a planned visit: its fields, attendees and propositions."""
        visit = self.session.records.get("visit", visit_id)
        people = self.session.records.list("visit_attendee", visit_id=visit_id)
        deliveries = self.session.records.list("proposition_delivery", visit_id=visit_id)
        dialog = PlanVisitDialog(self.session, visit["account_id"], visit["opportunity_id"], self)
        dialog.load(visit, [p["stakeholder_id"] for p in people if p["stakeholder_id"]],
                    [p["our_person"] for p in people if not p["stakeholder_id"]],
                    [d["proposition_id"] for d in deliveries])
        if not dialog.exec():
            return False
        plan = dialog.plan()
        values = {k: v for k, v in plan.visit_values().items() if k not in ("status", "account_id")}
        wanted = {(a.get("stakeholder_id"), a.get("our_person", "")) for a in plan.attendee_values(visit_id)}
        have = {(p["stakeholder_id"], "" if p["stakeholder_id"] else p["our_person"]): p["id"] for p in people}
        props = {d["proposition_id"]: d["id"] for d in deliveries}
        with Edits(self.session, self.tr("Change the plan")) as e:
            e.update("visit", visit_id, values)
            for key, attendee_id in have.items():
                if key not in wanted:
                    e.delete("visit_attendee", attendee_id)
            for sid, ours in wanted - set(have):
                e.create("visit_attendee", {"visit_id": visit_id, "stakeholder_id": sid, "our_person": ours})
            for pid, delivery_id in props.items():
                if pid not in plan.proposition_ids:
                    e.delete("proposition_delivery", delivery_id)
            for d in plan.delivery_values(visit_id):
                if d["proposition_id"] in props:
                    e.update("proposition_delivery", props[d["proposition_id"]], {"delivered_on": d["delivered_on"]})
                else:
                    e.create("proposition_delivery", d)
        if e.ok:
            self.reload()
            self.select_entry("visit", visit_id)
            self.visit_panel.show_visit(visit_id)
        return e.ok

    def new_note(self, title: str = "") -> str | None:
        if not self.account_id:
            return None
        entry = self._current_entry()
        values = {"account_id": self.account_id, "title": title or self.tr("Notes %1").replace(
            "%1", datetime.now().strftime("%Y-%m-%d %H:%M")), "body": "",
            "opportunity_id": self.opportunity.currentData(), "stakeholder_id": self.person.currentData()}
        if entry is not None and entry.kind == "visit":
            values["visit_id"] = entry.id
        with Edits(self.session, self.tr("New note")) as e:
            note_id = e.create("note", values)
        if note_id:
            self.reload()
            self.select_entry("note", note_id)
            self.note_editor.open_note(note_id)
            self.detail.setCurrentWidget(self.note_editor)
            self.note_editor.text.setFocus()
        return note_id
