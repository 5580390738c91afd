"""The meeting-notes editor: rich text (bold, italic, lists, links to people
and opportunities), stored as Markdown so the text stays searchable.

Autosaved through the services: 1.5 s after typing stops, when the editor
loses focus, when another note is opened and when the window closes. A crash
loses at most the last second and a half of typing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QTextEdit,
                               QToolBar, QVBoxLayout, QWidget)

from planner.services.errors import ServiceError
from planner.text.sortkey import name_sort_key, sort_key
from ui.session import Session
from ui.undo_commands import EditCommand

AUTOSAVE_MS = 1500
LINK_SCHEME = "planner"


class NoteEditor(QWidget):
    saved = Signal(str)  # note id

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.session = session
        self.note_id: str | None = None
        self.account_id: str | None = None
        self._loading = False
        self._dirty = False
        self.title = QLineEdit(objectName="noteTitle")
        self.title.setPlaceholderText(self.tr("Title"))
        self.private = QCheckBox(self.tr("Private (never synced or exported)"), objectName="notePrivate")
        self.text = QTextEdit(objectName="noteText")
        self.text.setAcceptRichText(True)
        # Tab moves on, as in the forms: a typed tab does not survive the Markdown the note is
        # stored as (it vanishes or turns the line into a code block on reopening)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Write the meeting notes here. Saved as you type."))
        self.status = QLabel(objectName="noteStatus")
        self.status.setStyleSheet("color: #777")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)

        bar = QToolBar()
        bar.setObjectName("noteToolbar")
        self._tool(bar, self.tr("Bold"), "Ctrl+B", self._bold, "B")
        self._tool(bar, self.tr("Italic"), "Ctrl+I", self._italic, "I")
        self._tool(bar, self.tr("Bulleted list"), "Ctrl+Shift+8", lambda: self._list(QTextListFormat.Style.ListDisc), "•")
        self._tool(bar, self.tr("Numbered list"), "Ctrl+Shift+7", lambda: self._list(QTextListFormat.Style.ListDecimal), "1.")
        bar.addSeparator()
        self._tool(bar, self.tr("Link a person…"), "Ctrl+Shift+P", lambda: self.link("stakeholder"))
        self._tool(bar, self.tr("Link an opportunity…"), "Ctrl+Shift+L", lambda: self.link("opportunity"))  # Ctrl+Shift+O: View → Portfolio

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.private)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)

        self.text.textChanged.connect(self._changed)
        self.title.textEdited.connect(self._changed)
        self.private.toggled.connect(self._private_toggled)
        self.text.installEventFilter(self)
        self.title.installEventFilter(self)
        session.bus.changed.connect(self._on_changes)

    def _on_changes(self, changes) -> None:
        """Undo, redo or a sync import changed the open note: show it."""
        if not self.note_id or self._dirty or self.note_id not in changes.ids("note"):
            return
        try:
            note = self.session.records.get("note", self.note_id)
        except ServiceError:
            self.note_id = None
            self.setEnabled(False)
            return
        if note["body"] != self.body() or note["title"] != self.title.text().strip():
            self.open_note(self.note_id)

    def _tool(self, bar: QToolBar, tip: str, keys: str, slot, text: str | None = None) -> QAction:
        action = QAction(text or tip, self)
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        bar.addAction(action)
        self.addAction(action)
        return action

    # formatting ------------------------------------------------------------
    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.text.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.text.mergeCurrentCharFormat(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.text.fontItalic())
        self.text.mergeCurrentCharFormat(fmt)

    def _list(self, style) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(style)

    def link(self, kind: str, record_id: str | None = None, name: str | None = None) -> None:
        """Insert a link to a person or an opportunity of the account."""
        if record_id is None:
            if not self.account_id:
                return
            rows = self.session.records.list(kind, account_id=self.account_id)
            rows.sort(key=lambda r: name_sort_key(r["name"]) if kind == "stakeholder" else sort_key(r["name"]))
            if not rows:
                return
            title = self.tr("Link a person") if kind == "stakeholder" else self.tr("Link an opportunity")
            choice, ok = QInputDialog.getItem(self, title, self.tr("Name:"), [r["name"] for r in rows], 0, False)
            if not ok:
                return
            match = next(r for r in rows if r["name"] == choice)
            record_id, name = match["id"], match["name"]
        cursor = self.text.textCursor()
        cursor.insertHtml(f'<a href="{LINK_SCHEME}:{kind}/{record_id}">{name}</a>&nbsp;')
        self.text.setFocus()

    # loading and saving ----------------------------------------------------
    def open_note(self, note_id: str) -> None:
        self.save()
        note = self.session.records.get("note", note_id)
        self.note_id, self.account_id = note_id, note["account_id"]
        self.setEnabled(True)
        self._loading = True
        self.title.setText(note["title"])
        self.text.setMarkdown(note["body"])
        self.private.setChecked(note["private"])
        self._loading = False
        self._dirty = False
        self.status.setText(self.tr("Saved"))

    def _changed(self, *_args) -> None:
        if self._loading or not self.note_id:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def _private_toggled(self, on: bool) -> None:
        if not self._loading and self.note_id:
            self._write({"private": on}, self.tr("Mark note private") if on else self.tr("Mark note shared"))

    def body(self) -> str:
        return self.text.toMarkdown().strip()

    def save(self) -> bool:
        """Write the title and text if they changed (autosave, focus-out, close)."""
        self.timer.stop()
        if not self._dirty or not self.note_id:
            return True
        self._dirty = False
        ok = self._write({"title": self.title.text().strip(), "body": self.body()}, self.tr("Edit note"))
        if ok:
            self.status.setText(self.tr("Saved"))
        return ok

    def _write(self, values: dict, text: str) -> bool:
        try:
            current = self.session.records.get("note", self.note_id)
        except ServiceError:
            return False
        changed = {k: v for k, v in values.items() if current[k] != v}
        if not changed:
            return True
        ok = self.session.run(EditCommand(self.session.records, self.session.bus.post, text,
                                          "note", self.note_id, changed))
        if ok:
            self.saved.emit(self.note_id)
        return ok

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.save()
        return False

    def hideEvent(self, event) -> None:
        self.save()
        super().hideEvent(event)
