"""Customer health: the indicator with each component explained, and NPS
answers recorded per contact with their trend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSpinBox, QTableWidget, QVBoxLayout)

from planner.plan import health as health_mod
from planner.plan import nps as nps_mod
from planner.services import queries
from planner.text.sortkey import name_sort_key
from ui.plan.common import Section, date_edit, date_of, item, setup_table, today
from ui.undo_commands import CreateCommand

LEVEL_COLOURS = {"good": "#2e7d32", "watch": "#e0a100", "poor": "#c62828", "unknown": "#777777"}
CATEGORY_COLOURS = {"promoter": "#cde8cf", "passive": "#fff4ce", "detractor": "#f4b6b6"}


class HealthSection(Section):
    KINDS = ("stakeholder", "visit", "contact_log", "risk", "nps_score", "decision_role", "opportunity")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.score = QLabel()
        self.score.setObjectName("healthScore")
        self.score.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.parts = QGridLayout()
        self.parts.setColumnStretch(2, 1)
        box = QGroupBox(self.tr("Customer health"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.score)
        inner.addLayout(self.parts)

        nps_box = QGroupBox(self.tr("NPS by contact"))
        self.nps_summary = QLabel()
        self.nps_summary.setObjectName("npsSummary")
        self.nps_table = QTableWidget()
        self.nps_table.setObjectName("npsTable")
        setup_table(self.nps_table, [self.tr("Contact"), self.tr("Latest"), self.tr("Date"), self.tr("Trend"),
                                     self.tr("Comment")])
        self.nps_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.person = QComboBox()
        self.person.setObjectName("npsPerson")
        self.person.setMinimumWidth(160)
        self.answer = QSpinBox()
        self.answer.setObjectName("npsScore")
        self.answer.setRange(0, 10)
        self.answer.setValue(8)
        self.on = date_edit()
        self.comment = QLineEdit(placeholderText=self.tr("Comment (optional)"))
        self.comment.setObjectName("npsComment")
        record = QPushButton(self.tr("Record score"))
        record.setObjectName("recordNps")
        record.clicked.connect(self.record_score)
        form = QHBoxLayout()
        form.addWidget(self.person)
        form.addWidget(QLabel(self.tr("Score (0-10)")))
        form.addWidget(self.answer)
        form.addWidget(self.on)
        form.addWidget(self.comment, 1)
        form.addWidget(record)
        nps_inner = QVBoxLayout(nps_box)
        nps_inner.addWidget(self.nps_summary)
        nps_inner.addWidget(self.nps_table, 1)
        nps_inner.addLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(nps_box, 1)

    def refresh(self) -> None:
        while self.parts.count():
            w = self.parts.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        if not self.account_id:
            return
        lang = self.session.lang
        h = health_mod.account_health(self.session.db, self.session.records, self.account_id, today())
        level = health_mod.LEVELS[h.level][1 if lang.startswith("zh") else 0]
        score = "—" if h.score is None else f"{h.score:.0f} / 100"
        self.score.setText(f"{score} · {level}")
        self.score.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {LEVEL_COLOURS[h.level]};")
        for r, c in enumerate(h.components):
            name = QLabel(health_mod.COMPONENT_NAMES[c.key][1 if lang.startswith("zh") else 0])
            name.setStyleSheet("font-weight: bold;")
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setFixedWidth(120)
            bar.setTextVisible(True)
            if c.score is None:
                bar.setValue(0)
                bar.setFormat(self.tr("n/a"))
            else:
                bar.setValue(round(c.score))
                bar.setFormat("%v")
            text = QLabel(c.text(lang))
            text.setWordWrap(True)
            text.setObjectName(f"health_{c.key}")
            self.parts.addWidget(name, r, 0)
            self.parts.addWidget(bar, r, 1)
            self.parts.addWidget(text, r, 2)
        self._fill_nps(h)

    def _fill_nps(self, h) -> None:
        rows = nps_mod.scores(self.session.db, self.account_id)
        self.nps_summary.setText(h.component("nps").text(self.session.lang))
        history = nps_mod.history_by_contact(rows)
        people = sorted(history.values(), key=lambda answers: name_sort_key(answers[-1]["stakeholder_name"]))
        t = self.nps_table
        t.setRowCount(len(people))
        for r, answers in enumerate(people):
            last = answers[-1]
            t.setItem(r, 0, item(last["stakeholder_name"], last["stakeholder_id"]))
            latest = item(str(last["score"]))
            latest.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            latest.setBackground(QBrush(QColor(CATEGORY_COLOURS[nps_mod.category(last["score"])])))
            t.setItem(r, 1, latest)
            t.setItem(r, 2, item(last["scored_on"].isoformat()))
            arrow = ""
            if len(answers) > 1:
                delta = last["score"] - answers[-2]["score"]
                arrow = "  ↑" if delta > 0 else "  ↓" if delta < 0 else "  →"
            t.setItem(r, 3, item(" → ".join(str(a["score"]) for a in answers[-5:]) + arrow))
            t.setItem(r, 4, item(last["comment"]))
        t.resizeColumnsToContents()
        keep = self.person.currentData()
        self.person.clear()
        for p in sorted(queries.stakeholders(self.session.db, self.account_id), key=lambda p: name_sort_key(p["name"])):
            if p["status"] == "active":
                self.person.addItem(p["name"], p["id"])
        self.person.setCurrentIndex(max(0, self.person.findData(keep)))

    def record_score(self) -> None:
        person = self.person.currentData()
        if not person:
            return
        values = {"stakeholder_id": person, "score": self.answer.value(), "scored_on": date_of(self.on),
                  "comment": self.comment.text().strip()}
        if self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Record NPS score"),
                                          "nps_score", values)):
            self.comment.clear()
        self.session.bus.flush()


