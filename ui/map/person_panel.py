"""The side panel that edits what is selected on the map: a person's card or
a line (every edit undoable, through :class:`ui.record_form.RecordForm`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QStackedWidget, QWidget

from planner import vocab
from ui.record_form import RecordForm, vocab_combo
from ui.session import Session


def _spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 5)
    return spin


class PersonPanel(QStackedWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPersonPanel")
        lang = session.lang
        hint = QLabel(self.tr("Select a card or a line to edit it.\n\n"
                              "Double-click empty space to add a person; "
                              "Shift+drag from one card to another to draw a line."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint.setStyleSheet("color: #777; padding: 12px;")
        self.addWidget(hint)

        self.person = RecordForm(session, "stakeholder", self)
        page = QWidget()
        form = QFormLayout(page)
        self.name = self.person.bind("name", QLineEdit())
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Title"), self.person.bind("title", QLineEdit()))
        form.addRow(self.tr("Attitude"), self.person.bind("attitude", vocab_combo(vocab.ATTITUDE, lang)))
        form.addRow(self.tr("How sure"), self.person.bind("attitude_confidence", vocab_combo(vocab.CONFIDENCE, lang)))
        form.addRow(self.tr("Importance"), self.person.bind("importance", _spin()))
        form.addRow(self.tr("Closeness"), self.person.bind("closeness", _spin()))
        form.addRow(self.tr("Status"), self.person.bind("status", vocab_combo(vocab.STAKEHOLDER_STATUS, lang)))
        form.addRow(self.tr("Our owner"), self.person.bind("owner", QLineEdit()))
        self.addWidget(page)

        self.line = RecordForm(session, "relationship", self)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Kind"), self.line.bind("kind", vocab_combo(vocab.RELATIONSHIP_KIND, lang)))
        form.addRow(self.tr("Strength"), self.line.bind("strength", _spin()))
        form.addRow(self.tr("How sure"), self.line.bind("confidence", vocab_combo(vocab.CONFIDENCE, lang)))
        form.addRow(self.tr("Note"), self.line.bind("note", QLineEdit()))
        self.addWidget(page)

    def show_selection(self, ids: dict[str, list[str]]) -> None:
        people, lines = ids.get("stakeholder", []), ids.get("relationship", [])
        if len(people) == 1 and not lines:
            self.person.load(people[0])
            self.setCurrentIndex(1)
        elif len(lines) == 1 and not people:
            self.line.load(lines[0])
            self.setCurrentIndex(2)
        else:
            self.person.load(None)
            self.line.load(None)
            self.setCurrentIndex(0)

    def edit_name(self) -> None:
        """Put the cursor in the name field (a person just added)."""
        self.name.setFocus()
        self.name.selectAll()
