"""Binding editor widgets to one record's fields.

Each widget writes through an undoable :class:`EditCommand` when the user
finishes an edit (line edits on Enter or focus out, combos on choice, texts
on focus out), and is refreshed from the database when a change-set touches
the record, without writing back."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from planner.services import ChangeSet
from planner.vocab import Vocab
from ui.session import Session
from ui.undo_commands import EditCommand


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


def vocab_combo(v: Vocab, lang: str) -> QComboBox:
    combo = QComboBox()
    for value in v.values:
        combo.addItem(v.label(value, lang), value)
    return combo


class RecordForm(QObject):
    """Widgets bound to the fields of one record of ``kind``."""

    def __init__(self, session: Session, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.record_id: str | None = None
        self._widgets: dict[str, QWidget] = {}
        self._loading = False
        session.bus.changed.connect(self._on_changed)

    # binding -------------------------------------------------------------
    def bind(self, field: str, widget: QWidget) -> QWidget:
        self._widgets[field] = widget
        widget.setObjectName(f"{self.kind}_{field}")
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda f=field: self._commit(f))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, f=field: self._commit(f))
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.editingFinished.connect(lambda f=field: self._commit(f))
        elif isinstance(widget, QPlainTextEdit):
            widget.installEventFilter(_FocusOut(lambda f=field: self._commit(f), widget))
        return widget

    def value_of(self, field: str) -> Any:
        w = self._widgets[field]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QDoubleSpinBox):
            return w.value() if w.value() or w.specialValueText() == "" else None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        raise TypeError(w)

    def _show(self, field: str, value: Any) -> None:
        w = self._widgets[field]
        if isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
            w.setCursorPosition(0)
        elif isinstance(w, QComboBox):
            i = w.findData(value)
            w.setCurrentIndex(i if i >= 0 else 0)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value or 0))
        elif isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or ""):
                w.setPlainText(value or "")

    # loading and saving ----------------------------------------------------
    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        for w in self._widgets.values():
            w.setEnabled(record_id is not None)
        if record_id is None:
            return
        record = self.session.records.get(self.kind, record_id)
        self._loading = True
        try:
            for field in self._widgets:
                self._show(field, record[field])
        finally:
            self._loading = False

    def _commit(self, field: str) -> None:
        if self._loading or self.record_id is None:
            return
        value = self.value_of(field)
        current = self.session.records.get(self.kind, self.record_id)[field]
        if value == current:
            return
        cmd = EditCommand(self.session.records, self.session.bus.post,
                          self.tr("Edit %1").replace("%1", field.replace("_", " ")),
                          self.kind, self.record_id, {field: value}, {field: current})
        if not self.session.run(cmd):
            self._show(field, current)  # refused: show what is stored

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.record_id and self.record_id in changes.ids(self.kind):
            if self.record_id in changes.deleted.get(self.kind, set()):
                try:
                    self.session.records.get(self.kind, self.record_id)
                except Exception:
                    self.load(None)
                    return
            self.load(self.record_id)


def money_box() -> QDoubleSpinBox:
    """An amount: whole units, thousands separators, "—" when not set."""
    box = QDoubleSpinBox()
    box.setRange(0, 1e13)
    box.setDecimals(0)
    box.setGroupSeparatorShown(True)
    box.setSpecialValueText("—")
    return box
