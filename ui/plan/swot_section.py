"""SWOT of our position at the account: four quadrants, each entry
optionally linked to its evidence (a person, a visit, a note)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QToolButton,
                               QVBoxLayout)

from planner import vocab
from planner.plan import swot as swot_mod
from planner.services import queries
from ui.plan.common import Section
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

ROLE = Qt.ItemDataRole.UserRole
TINTS = {"strength": "#e6f4ea", "weakness": "#fdecea", "opportunity": "#e8f0fe", "threat": "#fef7e0"}


class SwotDialog(QDialog):
    def __init__(self, title: str, evidence: list[tuple[str, str, str]], text: str = "",
                 chosen: tuple[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLineEdit(text)
        self.text.setObjectName("swotText")
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("— none —"), None)
        for field, record_id, label in evidence:
            self.evidence.addItem(label, f"{field}|{record_id}")  # Qt compares text data reliably
        if chosen:
            self.evidence.setCurrentIndex(max(0, self.evidence.findData("|".join(chosen))))
        form = QFormLayout(self)
        form.addRow(self.tr("Entry"), self.text)
        form.addRow(self.tr("Evidence"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict:
        out = {"text": self.text.text().strip(), "stakeholder_id": None, "visit_id": None, "note_id": None}
        chosen = self.evidence.currentData()
        if chosen:
            field, record_id = chosen.split("|", 1)
            out[field] = record_id
        return out


class SwotSection(Section):
    KINDS = ("swot_entry", "stakeholder", "visit", "note")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.lists: dict[str, QListWidget] = {}
        grid = QGridLayout(self)
        for n, quadrant in enumerate(vocab.SWOT_QUADRANT.values):
            box = QGroupBox(vocab.SWOT_QUADRANT.label(quadrant, session.lang))
            box.setStyleSheet(f"QGroupBox {{ background: {TINTS[quadrant]}; font-weight: bold; }}")
            lst = QListWidget()
            lst.setObjectName(f"swot_{quadrant}")
            lst.setWordWrap(True)
            lst.setResizeMode(QListWidget.ResizeMode.Adjust)
            lst.setStyleSheet("font-weight: normal;")
            lst.itemDoubleClicked.connect(lambda it, q=quadrant: self.edit_entry(q, it))
            QShortcut(QKeySequence.StandardKey.Delete, lst, lambda q=quadrant: self.delete_entry(q),
                      context=Qt.ShortcutContext.WidgetShortcut)
            add = QToolButton(text=self.tr("Add"))
            add.setObjectName(f"addSwot_{quadrant}")
            add.clicked.connect(lambda _=False, q=quadrant: self.add_entry(q))
            remove = QToolButton(text=self.tr("Delete"))
            remove.clicked.connect(lambda _=False, q=quadrant: self.delete_entry(q))
            bar = QHBoxLayout()
            bar.addStretch(1)
            bar.addWidget(add)
            bar.addWidget(remove)
            inner = QVBoxLayout(box)
            inner.addWidget(lst, 1)
            inner.addLayout(bar)
            grid.addWidget(box, n // 2, n % 2)
            self.lists[quadrant] = lst

    def refresh(self) -> None:
        data = swot_mod.swot(self.session.db, self.account_id, self.session.lang) if self.account_id else {}
        for quadrant, lst in self.lists.items():
            lst.clear()
            for e in data.get(quadrant, []):
                text = e["text"] + (f"\n    ↳ {e['evidence']}" if e["evidence"] else "")
                it = QListWidgetItem(text)
                it.setData(ROLE, e)
                lst.addItem(it)

    def _evidence(self) -> list[tuple[str, str, str]]:
        out = [("stakeholder_id", p["id"], f"{p['name']} · {p['title']}")
               for p in queries.stakeholders(self.session.db, self.account_id) if p["status"] == "active"]
        visits = self.session.records.list("visit", account_id=self.account_id)
        for v in sorted(visits, key=lambda v: v["starts_at"], reverse=True):
            out.append(("visit_id", v["id"], f"{self.tr('Visit')} {v['starts_at']:%Y-%m-%d} · {v['purpose'][:40]}"))
        for n in self.session.records.list("note", account_id=self.account_id):
            out.append(("note_id", n["id"], f"{self.tr('Note')} · {n['title'][:50]}"))
        return out

    def add_entry(self, quadrant: str) -> None:
        if not self.account_id:
            return
        dialog = SwotDialog(self.tr("Add to SWOT"), self._evidence(), parent=self)
        if dialog.exec() and dialog.values()["text"]:
            values = dialog.values() | {"account_id": self.account_id, "quadrant": quadrant,
                                        "position": self.lists[quadrant].count()}
            self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add SWOT entry"),
                                           "swot_entry", values))
            self.session.bus.flush()

    def edit_entry(self, quadrant: str, it: QListWidgetItem) -> None:
        e = it.data(ROLE)
        chosen = next(((f, e[f]) for f in ("stakeholder_id", "visit_id", "note_id") if e[f]), None)
        dialog = SwotDialog(self.tr("Edit SWOT entry"), self._evidence(), e["text"], chosen, self)
        if not dialog.exec():
            return
        after = {f: v for f, v in dialog.values().items() if e[f] != v}
        if after:
            self.session.run(EditCommand(self.session.records, self.session.bus.post, self.tr("Edit SWOT entry"),
                                         "swot_entry", e["id"], after))
            self.session.bus.flush()

    def delete_entry(self, quadrant: str) -> None:
        it = self.lists[quadrant].currentItem()
        if it is None:
            return
        self.session.run(DeleteCommand(self.session.records, self.session.bus.post, self.tr("Delete SWOT entry"),
                                       "swot_entry", it.data(ROLE)["id"]))
        self.session.bus.flush()
