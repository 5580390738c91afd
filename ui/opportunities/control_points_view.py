"""The six control points of one deal: status (unknown / at risk / under
control), what we know, the evidence and the date it was judged."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from planner import vocab
from planner.deals import control_points
from planner.services import ChangeSet
from ui.opportunities import common
from ui.opportunities.commands import BuildCommand
from ui.session import Session

STATUS_COLOURS = {"unknown": "#c8372d", "at_risk": "#d9822b", "under_control": "#1b7f3b"}


class ControlPointsView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.rows: list[dict] = []
        self.start = QPushButton(self.tr("Start the six control points"))
        self.start.setObjectName("startControlPoints")
        self.start.clicked.connect(self.start_points)
        grid = QGridLayout()
        self.widgets = []
        headers = [self.tr("Control point"), self.tr("Status"), self.tr("What we know"),
                   self.tr("Evidence"), self.tr("Date")]
        for c, h in enumerate(headers):
            label = QLabel(f"<b>{h}</b>")
            grid.addWidget(label, 0, c)
        for n in range(len(control_points.POINTS)):
            label = QLabel(f"{n + 1}. {control_points.point_label(n, session.lang)}")
            label.setStatusTip(control_points.point_section(n, session.lang))
            label.setWordWrap(True)
            label.setMinimumWidth(280)
            status = common.vocab_combo(vocab.CHECKLIST_STATUS, session.lang, control_points.STATUSES)
            status.setObjectName(f"cpStatus{n}")
            value = QLineEdit()
            value.setObjectName(f"cpValue{n}")
            evidence = QLineEdit()
            evidence.setObjectName(f"cpEvidence{n}")
            evidence.setPlaceholderText(self.tr("Who said so, when, where it is written"))
            when = common.DateLine()
            when.setObjectName(f"cpDate{n}")
            r = n + 1
            for c, w in enumerate((label, status, value, evidence, when)):
                grid.addWidget(w, r, c)
            status.activated.connect(lambda _i, n=n: self._commit(n, "status"))
            value.editingFinished.connect(lambda n=n: self._commit(n, "value"))
            evidence.editingFinished.connect(lambda n=n: self._commit(n, "evidence"))
            when.editingFinished.connect(lambda n=n: self._commit(n, "due_date"))
            self.widgets.append({"label": label, "status": status, "value": value,
                                 "evidence": evidence, "due_date": when})
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        box = QGroupBox(self.tr("The six points that decide a deal"))
        box.setLayout(grid)
        self.box = box
        self.summary = QLabel()
        self.summary.setObjectName("cpSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.start)
        layout.addWidget(box)
        layout.addWidget(self.summary)
        layout.addWidget(common.hint(self.tr(
            "Before the tender we want the customer's time, their ear on the budget and a say in the "
            "tender documents; in the tender we must know the procurement method, the scoring and how "
            "the winner is chosen. Unknown is not the same as at risk: find out.")))
        layout.addStretch(1)
        session.bus.changed.connect(self._on_changed)

    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self.reload()

    def reload(self) -> None:
        self.rows = control_points.rows(self.session.db, self.opportunity_id) if self.opportunity_id else []
        started = any(r["item_id"] for r in self.rows)
        self.start.setVisible(bool(self.opportunity_id) and not started)
        self.box.setEnabled(started)
        counts = {s: 0 for s in control_points.STATUSES}
        for row, w in zip(self.rows, self.widgets):
            common.select_data(w["status"], row["status"])
            w["status"].setStyleSheet(f"color: {STATUS_COLOURS[row['status']]};")
            for f in ("value", "evidence"):
                w[f].setText(row[f])
                w[f].setCursorPosition(0)
                w[f].setToolTip(row[f])
            w["due_date"].set_date(row["date"])
            w["label"].setToolTip(row["label"])
            counts[row["status"]] += 1
        lang = self.session.lang
        self.summary.setText(" · ".join(f"{vocab.CHECKLIST_STATUS.label(s, lang)}: {counts[s]}"
                                        for s in reversed(control_points.STATUSES)) if started else "")

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.opportunity_id and changes.touches("checklist", "checklist_item"):
            self.reload()

    def start_points(self) -> None:
        if not self.opportunity_id:
            return
        oid, lang = self.opportunity_id, self.session.lang
        self.session.run(BuildCommand(self.session.records, self.session.bus.post,
                                      self.tr("Start the control points"),
                                      lambda w: ("checklist", control_points.create(w, oid, lang))))
        self.session.bus.flush()

    def _commit(self, n: int, field: str) -> None:
        row = self.rows[n] if n < len(self.rows) else None
        if not row or not row["item_id"]:
            return
        w = self.widgets[n][field]
        if field == "status":
            value = w.currentData()
            if value == row["status"]:
                return
            # judging a point dates it, unless a date was typed
            values = {"status": value}
            if not self.widgets[n]["due_date"].text().strip():
                values["due_date"] = date.today()
        elif field == "due_date":
            try:
                values = {"due_date": w.date()}
            except ValueError as exc:  # the core rule says what to type
                self.session.error.emit(common.error_text(exc, self.session.lang))
                w.set_date(row["date"])
                return
        else:
            values = {field: w.text()}
        common.edit(self.session, self.tr("Edit control point"), "checklist_item", row["item_id"], values)
