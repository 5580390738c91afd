"""One visit: the plan and briefing, then the debrief (the six outcomes),
follow-up actions with owners and due dates, and marking it done.

The debrief texts and notes save like the meeting notes: 1.5 s after typing
stops, when a box loses focus, when another visit is shown and when the
panel is hidden (another entry, another account, the window closing), each
as an undoable edit (consecutive saves of the same box merge into one undo
step). The Save buttons add the follow-ups and mark the visit done."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from planner import vocab
from planner.services.errors import ServiceError, ValidationError
from planner.store.errors import StoreError
from planner.text.dates import parse_date
from planner.visits.debrief import OUTCOMES, Debrief, FollowUp, outcome_label
from planner.visits.done_rule import is_future
from ui import dialogs
from planner.visits.planning import attendees
from ui.session import Session
from ui.undo_commands import EditCommand
from ui.visits.edits import Edits
from ui.visits.note_editor import AUTOSAVE_MS
from ui.visits.plan_dialog import briefing_html


class VisitPanel(QScrollArea):
    saved = Signal(str)  # visit id
    change_plan = Signal(str)  # visit id

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.visit_id: str | None = None
        self._typed: set[str] = set()   # debrief fields typed into and not yet saved
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_text)
        self.setWidgetResizable(True)
        self.setObjectName("visitPanel")
        body = QWidget()
        self.header = QLabel(objectName="visitHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.brief = QLabel(objectName="visitBriefing")
        self.brief.setWordWrap(True)
        self.outcomes: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, _en, _zh in OUTCOMES:
            edit = QPlainTextEdit(objectName=field)
            edit.setMaximumHeight(56)
            edit.setTabChangesFocus(True)
            self.outcomes[field] = edit
            label = QLabel(outcome_label(field, session.lang))
            label.setWordWrap(True)
            label.setMinimumWidth(150)
            form.addRow(label, edit)
        self.notes = QPlainTextEdit(objectName="visitNotes")
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.private = QCheckBox(self.tr("These notes are private (never synced or exported)"),
                                 objectName="visitNotesPrivate")
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.private)

        self.followups = QTableWidget(0, 3, objectName="followUps")
        self.followups.setHorizontalHeaderLabels([self.tr("Follow-up action"), self.tr("Owner"),
                                                  self.tr("Due (YYYY-MM-DD)")])
        self.followups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.followups.verticalHeader().setVisible(False)
        self.followups.setColumnWidth(1, 90)
        self.followups.setColumnWidth(2, 130)
        self.followups.setMaximumHeight(150)
        add = QPushButton(self.tr("Add follow-up"), objectName="addFollowUp")
        add.clicked.connect(lambda: self.add_follow_up())
        self.save_btn = QPushButton(self.tr("Save debrief"), objectName="saveDebrief")
        self.done_btn = QPushButton(self.tr("Save and mark done"), objectName="markDone")
        self.done_btn.setDefault(True)
        self.save_btn.clicked.connect(lambda: self.save(mark_done=False))
        self.done_btn.clicked.connect(lambda: self.save(mark_done=True))
        self.edit_btn = QPushButton(self.tr("Change the plan…"), objectName="changePlan")
        self.cancel_btn = QPushButton(self.tr("Cancel the visit"), objectName="cancelVisit")
        self.edit_btn.clicked.connect(lambda: self.visit_id and self.change_plan.emit(self.visit_id))
        self.cancel_btn.clicked.connect(self.cancel_visit)
        self.error = QLabel(objectName="debriefError")
        self.error.setStyleSheet("color: #b00020")

        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.done_btn)
        layout = QVBoxLayout(body)
        plan_row = QHBoxLayout()
        plan_row.addStretch(1)
        plan_row.addWidget(self.edit_btn)
        plan_row.addWidget(self.cancel_btn)
        layout.addLayout(plan_row)
        layout.addWidget(self.header)
        layout.addWidget(self.brief)
        title = QLabel("<b>" + escape(self.tr("Debrief: the six outcomes of the visit")) + "</b>")
        self.status = QLabel(objectName="debriefStatus")   # "Editing…" / "Saved": the texts save themselves
        self.status.setStyleSheet("color: #777")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        title_row.addWidget(self.status)
        layout.addLayout(title_row)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + escape(self.tr("Follow-up actions")) + "</b>"))
        layout.addWidget(self.followups)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setWidget(body)
        for field, edit in self._texts().items():
            edit.textChanged.connect(lambda f=field: self._changed(f))
            edit.installEventFilter(self)
        self.private.toggled.connect(self._private_toggled)

    # autosave of the texts -------------------------------------------------
    def _texts(self) -> dict[str, QPlainTextEdit]:
        return self.outcomes | {"notes": self.notes}

    def _changed(self, field: str) -> None:
        if self._loading or not self.visit_id:
            return
        self._typed.add(field)
        self.status.setText(self.tr("Editing…"))
        self.timer.start()   # restarted by every keystroke: one save per pause

    def save_text(self) -> bool:
        """Write the debrief texts typed since the last save, as one undoable
        edit (autosave, focus out, another visit, hiding)."""
        self.timer.stop()
        if not self._typed or not self.visit_id:
            return True
        typed, self._typed = self._typed, set()
        try:
            current = self.session.records.get("visit", self.visit_id)
        except ServiceError:
            return False   # the visit is gone (undone, deleted elsewhere)
        texts = self._texts()
        changed = {f: texts[f].toPlainText() for f in sorted(typed) if current[f] != texts[f].toPlainText()}
        ok = not changed or self.session.run(EditCommand(self.session.records, self.session.bus.post,
                                                         self.tr("Edit debrief"), "visit", self.visit_id, changed))
        if not ok and isinstance(self.session.last_error, StoreError):
            self._typed |= typed  # the disk refused: still unsaved, tried again at the next save
        self.status.setText(self.tr("Saved") if ok else self.tr("Not saved"))
        return ok

    def _private_toggled(self, on: bool) -> None:
        if self._loading or not self.visit_id:
            return
        try:
            current = self.session.records.get("visit", self.visit_id)
        except ServiceError:
            return
        if current["notes_private"] != on:
            self.session.run(EditCommand(self.session.records, self.session.bus.post,
                                         self.tr("Mark visit notes private") if on else self.tr("Mark visit notes shared"),
                                         "visit", self.visit_id, {"notes_private": on}))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and obj in self._texts().values():
            self.save_text()
        return super().eventFilter(obj, event)

    def hideEvent(self, event) -> None:
        self.save_text()
        self.keep_follow_ups()
        super().hideEvent(event)

    def show_visit(self, visit_id: str) -> None:
        """Show ``visit_id``; showing the same visit again (a refresh after a
        change) keeps what is being typed and the follow-ups not yet saved."""
        same = visit_id == self.visit_id
        if not same:
            self.save_text()   # typing for the visit shown until now is saved to it
            self.keep_follow_ups()
        v = self.session.records.get("visit", visit_id)
        self.visit_id = visit_id
        lang = self.session.lang
        people = attendees(self.session.db, visit_id)
        theirs = [p for p in people if not p["ours"]]
        ours = [p["name"] for p in people if p["ours"]]
        opp = self.session.records.get("opportunity", v["opportunity_id"])["name"] if v["opportunity_id"] else ""
        actions = self.session.records.list("action_item", visit_id=visit_id)
        rows = [(self.tr("When"), v["starts_at"].strftime("%Y-%m-%d %H:%M")
                 + (v["ends_at"].strftime("–%H:%M") if v["ends_at"] else "")),
                (self.tr("Kind"), vocab.VISIT_KIND.label(v["kind"], lang)),
                (self.tr("Status"), vocab.VISIT_STATUS.label(v["status"], lang)),
                (self.tr("Opportunity"), opp or "—"), (self.tr("Place"), v["place"] or "—"),
                (self.tr("Objective"), v["purpose"] or "—"),
                (self.tr("Questions"), v["questions"].replace("\n", "<br>") if v["questions"] else "—"),
                (self.tr("Attendees"), "、".join(p["name"] for p in theirs) or "—"),
                (self.tr("Our people"), ", ".join(ours) or "—")]
        if actions:
            done = "✓ "
            rows.append((self.tr("Follow-ups"), "<br>".join(
                f"{done if a['done'] else '• '}{escape(a['title'])} — {escape(a['owner'])} "
                f"{a['due_date'].isoformat() if a['due_date'] else ''}" for a in actions)))
        self.header.setText("<table>" + "".join(
            f"<tr><td style='color:#555;padding-right:10px'>{escape(k)}</td><td>{val if k in (self.tr('Questions'), self.tr('Follow-ups')) else escape(val)}</td></tr>"
            for k, val in rows) + "</table>")
        planned = v["status"] == "planned"
        self.brief.setVisible(planned)
        if planned:
            self.brief.setText(briefing_html(self, self.session, [p["stakeholder_id"] for p in theirs]))
        keep = self._typed if same else set()
        if not same:
            self.timer.stop()
            self._typed = set()
        self._loading = True
        try:
            for field, edit in self._texts().items():
                if field not in keep and edit.toPlainText() != (v[field] or ""):
                    edit.setPlainText(v[field] or "")   # only when it differs: the cursor stays put
            self.private.setChecked(v["notes_private"])
        finally:
            self._loading = False
        if not same:
            self.followups.setRowCount(0)
            self.error.clear()
            self.status.clear()
        self.done_btn.setEnabled(v["status"] != "done")
        self.edit_btn.setVisible(planned)
        self.cancel_btn.setVisible(planned)

    def cancel_visit(self) -> bool:
        """A cancelled visit stays in the timeline; its planned deliveries go."""
        if not self.visit_id:
            return False
        deliveries = self.session.records.list("proposition_delivery", visit_id=self.visit_id)
        with Edits(self.session, self.tr("Cancel the visit")) as e:
            e.update("visit", self.visit_id, {"status": "cancelled"})
            for d in deliveries:
                e.delete("proposition_delivery", d["id"])
        if e.ok:
            self.show_visit(self.visit_id)
        return e.ok

    def _follow_up_rows(self) -> list[tuple[str, str, str]]:
        """(title, owner, due date as typed) of the follow-up rows with a title."""
        def cell(r: int, c: int) -> str:
            item = self.followups.item(r, c)
            return item.text().strip() if item else ""
        rows = [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.followups.rowCount())]
        return [row for row in rows if row[0]]

    def keep_follow_ups(self) -> None:
        """Follow-up rows typed and not saved become the visit's action items
        when the rep moves on (another visit, another tab, closing): they
        were dropped. A due date that is not a date gets the default, a week
        from today; rows without a title are left out."""
        if not self.visit_id or not self.followups.rowCount():
            return
        try:
            visit = self.session.records.get("visit", self.visit_id)
        except ServiceError:
            return   # the visit is gone
        rows = []
        for title, owner, due_text in self._follow_up_rows():
            try:
                due = parse_date(due_text)
            except ValueError:
                due = date.today() + timedelta(days=7)
            rows.append(FollowUp(title, owner, due).values(visit))
        self.followups.setRowCount(0)   # first: the refresh the edit causes must not see them again
        if rows:
            with Edits(self.session, self.tr("Add follow-ups")) as e:
                for values in rows:
                    e.create("action_item", values)

    def add_follow_up(self, title: str = "", owner: str = "", due: date | None = None) -> None:
        row = self.followups.rowCount()
        self.followups.insertRow(row)
        due = due or date.today() + timedelta(days=7)
        for col, text in enumerate((title, owner, due.isoformat())):
            self.followups.setItem(row, col, QTableWidgetItem(text))
        if not title:
            self.followups.setCurrentCell(row, 0)
            self.followups.editItem(self.followups.item(row, 0))

    def _move_to_today(self, visit: dict) -> dict | None:
        """A visit still to come cannot be done (it would reset contact
        clocks): offer to move it to today, keeping its time and length.
        The new start and end, or None when the rep declines."""
        day = visit["starts_at"].date().isoformat()
        if not dialogs.confirm(self, self.tr("Visit not yet happened"), self.tr(
                "This visit is planned for %1, which is still to come. A visit can be marked done only "
                "once it has happened.\n\nMove it to today (%2) and mark it done?")
                .replace("%1", day).replace("%2", date.today().isoformat())):
            return None
        shift = date.today() - visit["starts_at"].date()
        return {"starts_at": visit["starts_at"] + shift,
                "ends_at": visit["ends_at"] + shift if visit["ends_at"] else None}

    def debrief(self, mark_done: bool) -> Debrief:
        follow = []
        for title, owner, due_text in self._follow_up_rows():
            try:
                due = parse_date(due_text)
            except ValueError as exc:   # the core rule's message says what to type
                raise ValidationError(str(exc), exc.text("zh")) from None
            follow.append(FollowUp(title, owner, due))
        return Debrief({f: e.toPlainText().strip() for f, e in self.outcomes.items()},
                       self.notes.toPlainText(), follow, mark_done)

    def save(self, mark_done: bool) -> bool:
        if not self.visit_id:
            return False
        self.timer.stop()   # the texts go with this edit
        try:
            d = self.debrief(mark_done)
            values = d.visit_values() | {"notes_private": self.private.isChecked()}
            visit = self.session.records.get("visit", self.visit_id)
            follow = [f.values(visit) for f in d.follow_ups]
        except ValidationError as exc:
            self.error.setText(dialogs.error_text(exc, self.session.lang))
            self.save_text()   # the typed texts are kept even when the follow-ups are wrong
            return False
        if mark_done and is_future(visit["starts_at"]):
            moved = self._move_to_today(visit)
            if moved is None:
                self.error.setText(self.tr("Not marked done: the visit on %1 has not happened yet.")
                                   .replace("%1", visit["starts_at"].date().isoformat()))
                self.save_text()
                return False
            values |= moved
        text = self.tr("Debrief visit") if not mark_done else self.tr("Debrief visit and mark it done")
        with Edits(self.session, text) as e:
            e.update("visit", self.visit_id, values)
            for values in follow:
                e.create("action_item", values)
        if e.ok:
            self._typed = set()
            self.followups.setRowCount(0)   # they are action items now
            self.error.clear()
            self.saved.emit(self.visit_id)
            self.show_visit(self.visit_id)
        else:
            self.save_text()
        return e.ok
