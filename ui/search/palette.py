"""The search palette (Ctrl+K): one box that finds accounts, people,
opportunities, visits and notes as you type, and jumps to the record.

Searches run on the session's database worker (a search may first index
records written since the last one); only the answer to the latest text is
shown. Up/Down move in the results, Enter or a click opens one, Esc closes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
)

from planner.labels import kind_label
from planner.search import Hit, refresh, search
from ui.session import Session

DELAY_MS = 120
LIMIT = 30
KIND_COLOURS = {"account": "#2f6fb3", "stakeholder": "#2e8b57", "opportunity": "#b8860b",
                "visit": "#7b4fa6", "note": "#5f6b7a"}


class _Relay(QObject):
    """Carries progress from the worker thread to the window."""
    progress = Signal(int, int)


def hit_html(hit: Hit, lang: str, private_word: str) -> str:
    """One result as rich text: kind badge, title, account, snippet with the
    matches in bold on a yellow ground."""
    colour = KIND_COLOURS.get(hit.kind, "#555")
    badge = (f'<span style="background:{colour}; color:white;">&nbsp;{html.escape(kind_label(hit.kind, lang))}'
             f'&nbsp;</span>')
    title = html.escape(hit.title or "—")
    when = f' <span style="color:#666;">{html.escape(hit.when[:16])}</span>' if hit.when else ""
    account = f' <span style="color:#666;">· {html.escape(hit.account)}</span>' if hit.account and hit.kind != "account" else ""
    lock = f' <span style="color:#a33;">[{html.escape(private_word)}]</span>' if hit.private else ""
    parts, last = [], 0
    for start, end in hit.highlights:
        parts += [html.escape(hit.snippet[last:start]),
                  f'<b style="background:#ffe27a;">{html.escape(hit.snippet[start:end])}</b>']
        last = end
    parts.append(html.escape(hit.snippet[last:]))
    snippet = "".join(parts)
    line2 = f'<br><span style="color:#333;">{snippet}</span>' if hit.snippet and hit.snippet != hit.title else ""
    return f"{badge}&nbsp; <b>{title}</b>{when}{account}{lock}{line2}"


class SearchPalette(QDialog):
    #: kind, record id, account id
    chosen = Signal(str, str, str)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("searchPalette")
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 480)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search accounts, people, opportunities, visits and notes…"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setStyleSheet("QListWidget::item:selected { background: #d6e6fa; }")
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)

        self.hits: list[Hit] = []
        self._asked = 0      # the latest query's number; older answers are dropped
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._run)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._indexing)
        self.box.textChanged.connect(lambda _: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(lambda _: self.accept_current())
        self.results.itemClicked.connect(lambda _: self.accept_current())
        self._idle()

    # searching --------------------------------------------------------------
    def open_fresh(self) -> None:
        """Show the palette with the previous text selected, and index what
        was written meanwhile."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()
        self.box.selectAll()
        db, relay = self.session.db, self._relay
        self.session.worker.submit(lambda: refresh(db, relay.progress.emit), lambda _n: self._run())

    def _indexing(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Indexing %1 of %2 records…").replace("%1", str(done)).replace("%2", str(total)))

    def _run(self) -> None:
        self._timer.stop()
        text = self.box.text().strip()
        self._asked += 1
        asked = self._asked
        if not text:
            self._show([], asked, text)
            return
        db = self.session.db
        self.session.worker.submit(lambda: search(db, text, limit=LIMIT),
                                   lambda hits: self._show(hits, asked, text),
                                   lambda exc: self._failed(exc, asked))

    def search_now(self) -> None:
        """Search the box's text at once (tests, Enter before the delay)."""
        self._run()

    def _show(self, hits: list[Hit], asked: int, text: str) -> None:
        if asked != self._asked:
            return
        self.hits = hits
        self.results.clear()
        lang = self.session.lang
        private_word = self.tr("private")
        for hit in hits:
            item = QListWidgetItem()
            label = QLabel(hit_html(hit, lang, private_word))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if hits:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("%1 found · Enter opens · Esc closes").replace("%1", str(len(hits))))
        elif text:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", text))
        else:
            self._idle()

    def _failed(self, exc: BaseException, asked: int) -> None:
        if asked == self._asked:
            self.status.setText(self.tr("Search failed: %1").replace("%1", str(exc)))

    def _idle(self) -> None:
        self.status.setText(self.tr("Chinese, English or both, e.g. 预算, budget, Q3预算 tender"))

    # keys -------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """Up/Down (and Page Up/Down) in the box move in the results."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress and self.results.count():
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            step = steps.get(event.key())
            if step:
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        if self._timer.isActive():  # typed faster than the delay: search first
            self._run()
        self.accept_current()

    def accept_current(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.hide()
            self.chosen.emit(hit.kind, hit.id, hit.account_id or "")
