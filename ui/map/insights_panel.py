"""The insights side panel: what the map implies, in plain words
(:func:`planner.graph.insights.account_insights`, computed on the worker).
Clicking a finding selects the people it names on the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.graph.insights import account_insights
from ui.session import Session

SEVERITY_COLOURS = {"high": "#c8372d", "medium": "#e8a33d", "low": "#59a14f", "info": "#2f6db5"}
PEOPLE_ROLE = Qt.ItemDataRole.UserRole + 1


def _dot(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawEllipse(1, 1, 10, 10)
    p.end()
    return QIcon(pix)


class InsightsPanel(QWidget):
    people_selected = Signal(list)  # person ids
    updated = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.account_id: str | None = None
        self.opportunity_id: str | None = None
        self._generation = 0
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #5f6b7a; padding: 4px 2px;")
        self.list = QListWidget()
        self.list.setObjectName("mapInsights")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the texts when the panel resizes
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.list.itemClicked.connect(lambda item: self.people_selected.emit(item.data(PEOPLE_ROLE) or []))
        self.list.itemActivated.connect(lambda item: self.people_selected.emit(item.data(PEOPLE_ROLE) or []))
        self._timer = QTimer(self, singleShot=True, interval=250)  # coalesce bursts of edits
        self._timer.timeout.connect(self.refresh)

    def show_account(self, account_id: str | None, opportunity_id: str | None = None) -> None:
        self.account_id, self.opportunity_id = account_id, opportunity_id
        self.refresh()

    def schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._generation += 1
        gen, account, opp = self._generation, self.account_id, self.opportunity_id
        if account is None:
            self.list.clear()
            return
        self.status.setText(self.tr("Working out what the map says…"))
        db = self.session.db
        self.session.worker.submit(lambda: account_insights(db, account, opp),
                                   lambda data: self._show(gen, data),
                                   lambda exc: self._failed(gen, exc))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            self.status.setText(self.tr("Insights could not be worked out: %1").replace("%1", str(exc)))

    def _show(self, gen: int, data: dict[str, Any]) -> None:
        if gen != self._generation:
            return  # an older request
        zh = self.session.lang.startswith("zh")
        self.list.clear()
        for f in data["findings"]:
            text = f["text_zh"] if zh else f["text_en"]
            item = QListWidgetItem(text)
            item.setData(PEOPLE_ROLE, list(f["people"]))
            item.setForeground(QBrush(QColor("#1f2933")))
            item.setToolTip(text)
            if "unconfirmed" in f["text_en"]:
                font = QFont(item.font())
                font.setItalic(True)  # rests on judgements the rep has not confirmed
                item.setFont(font)
            item.setIcon(_dot(SEVERITY_COLOURS.get(f["severity"], "#9c9c9c")))
            self.list.addItem(item)
        n = len(data["findings"])
        self.status.setText(self.tr("%1 findings. Click one to show its people on the map; "
                                    "italic ones rest on unconfirmed judgements.").replace("%1", str(n))
                            if n else self.tr("Nothing to point out yet: draw who reports to and "
                                              "influences whom."))
        self.updated.emit()
