"""Small pieces the deal views share: undoable writes in one line, date
fields, vocabulary combos, warning lists."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from planner.text import dates
from planner.vocab import Vocab
from ui.dialogs import error_text  # noqa: F401  (the views word date errors with it)
from ui.session import Session
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

SEVERITY_COLOURS = {"high": "#c8372d", "medium": "#d9822b", "low": "#777", "info": "#777",
                    "gap": "#c8372d", "warn": "#d9822b", "ok": "#1b7f3b"}
STATUS_MARKS = {"ok": "✓", "warn": "!", "gap": "✗"}


def zh(session: Session) -> bool:
    return session.lang.startswith("zh")


def text_of(session: Session, item: dict[str, Any]) -> str:
    """The ``text_zh`` or ``text_en`` of a core finding, by interface language."""
    return item["text_zh"] if zh(session) else item["text_en"]


def edit(session: Session, text: str, kind: str, record_id: str, values: dict[str, Any],
         part: Any = None) -> bool:
    """One undoable edit (``part``: see EditCommand, which edits merge)."""
    current = session.records.get(kind, record_id)
    if all(current[f] == v for f, v in values.items()):
        return True
    before = {f: current[f] for f in values}
    return session.run(EditCommand(session.records, session.bus.post, text, kind, record_id, values, before,
                                   part=part))


def create(session: Session, text: str, kind: str, values: dict[str, Any]) -> str | None:
    cmd = CreateCommand(session.records, session.bus.post, text, kind, values)
    return cmd.record_id if session.run(cmd) else None


def delete(session: Session, text: str, kind: str, record_id: str) -> bool:
    return session.run(DeleteCommand(session.records, session.bus.post, text, kind, record_id))


def vocab_combo(v: Vocab, lang: str, values: tuple[str, ...] | None = None) -> QComboBox:
    combo = QComboBox()
    for value in values or v.values:
        combo.addItem(v.label(value, lang), value)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def parse_date(text: str) -> date | None:
    """A typed date (the core rule: 2027-03-05, 2027/3/5, 2027年3月5日…) or
    None when empty; raises DateTextError (a ValueError) otherwise."""
    return dates.parse_date(text)


class DateLine(QLineEdit):
    """A date typed as YYYY-MM-DD, 2027/3/5 or 2027年3月5日 (empty = no date)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("DateLine", "YYYY-MM-DD"))
        self.setMaximumWidth(135)
        self.setClearButtonEnabled(True)   # an optional date can be removed in one click
        self.setToolTip(QCoreApplication.translate(
            "DateLine", "Type the date as 2027-03-05; 2027/3/5, 2027年3月5日 and 20270305 work too. "
                        "Empty the field for no date."))

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def date(self) -> date | None:
        return parse_date(self.text())


def fill_warnings(view: QListWidget, session: Session, findings: list[dict[str, Any]],
                  empty: str) -> None:
    view.clear()
    for f in findings:
        colour = SEVERITY_COLOURS.get(f.get("severity") or f.get("status"), "#d9822b")
        item = QListWidgetItem("⚠ " + text_of(session, f))
        item.setForeground(QColor(colour))
        item.setToolTip(text_of(session, f))
        view.addItem(item)
    if not findings:
        item = QListWidgetItem("✓ " + empty)
        item.setForeground(QColor(SEVERITY_COLOURS["ok"]))
        view.addItem(item)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
