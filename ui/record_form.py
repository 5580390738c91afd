"""Binding editor widgets to one record's fields.

Each widget writes through an undoable :class:`EditCommand` when the user
finishes an edit (line edits on Enter or focus out, combos on choice), and
is refreshed from the database when a change-set touches the record,
without writing back.

Multi-line texts save like the meeting notes: 1.5 s after typing stops, on
focus out, and before the form shows another record, so a crash loses at
most the last pause of typing. Consecutive saves of the same text merge into
one undo step (EditCommand). Tab and Shift+Tab move between fields; they do
not type tab characters into a form."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from planner.labels import field_label
from planner.services import ChangeSet
from planner.store.errors import StoreError
from planner.vocab import Vocab
from ui.session import Session
from ui.undo_commands import EditCommand

#: typing pause after which a multi-line text is saved (as the note editor)
AUTOSAVE_MS = 1500


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
        self._timers: dict[str, QTimer] = {}   # multi-line texts typed and not yet saved
        self._unsaved: set[str] = set()         # texts the disk refused (read-only, full, busy)
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
            widget.setTabChangesFocus(True)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(AUTOSAVE_MS)
            timer.timeout.connect(lambda f=field: self._commit(f))
            self._timers[field] = timer
            widget.textChanged.connect(lambda f=field: self._typed(f))
            widget.installEventFilter(_FocusOut(lambda f=field: self._commit(f), widget))
        return widget

    def _typed(self, field: str) -> None:
        if not self._loading and self.record_id is not None:
            self._timers[field].start()  # restarted by every keystroke: one save per pause

    def pending(self) -> set[str]:
        """Fields typed into and not yet saved."""
        return {f for f, t in self._timers.items() if t.isActive()} | self._unsaved

    def flush(self) -> None:
        """Save what was typed and is waiting for the pause."""
        for field in sorted(self.pending()):
            self._commit(field)

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
        loading, self._loading = self._loading, True  # showing is not typing
        try:
            self._show_value(field, value)
        finally:
            self._loading = loading

    def _show_value(self, field: str, value: Any) -> None:
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
        if record_id != self.record_id:
            self.flush()   # typing for the record shown until now is saved to it
            self._unsaved.clear()
        keep = self.pending() if record_id == self.record_id else set()
        self.record_id = record_id
        for w in self._widgets.values():
            w.setEnabled(record_id is not None)
        if record_id is None:
            return
        record = self.session.records.get(self.kind, record_id)
        self._loading = True
        try:
            for field in self._widgets:
                if field not in keep:  # never overwrite what is being typed
                    self._show(field, record[field])
        finally:
            self._loading = False

    def _commit(self, field: str) -> None:
        if field in self._timers:
            self._timers[field].stop()
        if self._loading or self.record_id is None:
            return
        current = self.session.records.get(self.kind, self.record_id)[field]
        try:
            value = self.value_of(field)
        except ValueError as exc:   # typed text that is not a value (a date); the error says what to type
            if not callable(getattr(exc, "text", None)):
                raise
            label = field_label(field, self.session.lang, self.kind)
            colon = "：" if self.session.lang.startswith("zh") else ": "
            self.session.error.emit(f"{label}{colon}{exc.text(self.session.lang)}")
            self._show(field, current)
            return
        if value == current:
            self._unsaved.discard(field)
            return
        cmd = EditCommand(self.session.records, self.session.bus.post,
                          self.tr("Edit %1").replace("%1", field.replace("_", " ")),
                          self.kind, self.record_id, {field: value}, {field: current})
        if self.session.run(cmd):
            self._unsaved.discard(field)
        elif isinstance(self.session.last_error, StoreError):
            # the disk refused (read-only, full, busy): the typed text stays on
            # screen, marked unsaved, and is saved with the next keystroke,
            # focus change or record switch
            if field in self._timers:
                self._unsaved.add(field)
        else:
            self._show(field, current)  # refused by a rule: show what is stored

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.record_id and self.record_id in changes.ids(self.kind):
            if self.record_id in changes.deleted.get(self.kind, set()):
                try:
                    self.session.records.get(self.kind, self.record_id)
                except Exception:
                    for timer in self._timers.values():
                        timer.stop()   # the record is gone: nothing to save it to
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
