"""A line between two cards (drawn by :func:`planner.graph.draw.line`):
reporting lines solid elbows, influence dashed arrows (width = strength),
conflict red, informal dotted. Follows its cards when they move."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem

from planner import vocab
from planner.graph import draw
from ui.map.card_item import LINE_Z, CardItem


class LineItem(QGraphicsItem):
    def __init__(self, line: dict[str, Any], source: CardItem, target: CardItem,
                 route: tuple[list | None, float] = (None, 0.0), lang: str = "en") -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(LINE_Z)
        self.source, self.target = source, target
        source.lines.append(self)
        target.lines.append(self)
        self.line: dict[str, Any] = dict(line)
        self.lang = lang
        self.points, self.bend = route
        self._path = QPainterPath()
        self._ctrl = None
        self._pen = draw.line_pen(line)
        self._head = None  # the arrow head polygon, when the line has one
        self._rect = QRectF()
        self._moved = False
        self.set_line(line, route)

    @property
    def lid(self) -> str:
        return self.line["id"]

    def set_line(self, line: dict[str, Any], route: tuple[list | None, float] | None = None) -> None:
        self.line = dict(line)
        self._pen = draw.line_pen(self.line)
        if route is not None:
            self.points, self.bend = route
            self._moved = False
        kind = vocab.RELATIONSHIP_KIND.label(line["kind"], self.lang)
        tip = f"{self.source.person['name']} → {self.target.person['name']}: {kind}"
        if line["kind"] == "influences":
            tip += f" ({line['strength']}/5)"
        if line.get("confidence") == "unconfirmed":
            tip += " · " + vocab.CONFIDENCE.label("unconfirmed", self.lang)
        self.setToolTip(tip)
        self.adjust(moved=False)

    def detach(self) -> None:
        for card in (self.source, self.target):
            if self in card.lines:
                card.lines.remove(self)

    def adjust(self, moved: bool = True) -> None:
        """Recompute the path from the cards' places (after a card moved the
        planned route no longer holds: elbows are recomputed, curves keep their bend)."""
        a, b = self.source.rect(), self.target.rect()
        points = self.points
        if moved or self._moved:
            self._moved = True
            points = draw.elbow(a, b) if self.line["kind"] == "reports_to" else None
        self.prepareGeometryChange()
        self._path, self._ctrl = draw.line_path(a, b, points=points, bend=self.bend)
        self._head = (draw.arrow_head(self._ctrl, self._path.currentPosition(), draw.head_size(self._pen))
                      if self._ctrl is not None and draw.has_head(self.line) else None)
        self._rect = self._path.boundingRect().adjusted(-14, -14, 14, 14)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self._path)

    frozen = False  # shown by the view's still picture while something is dragged

    def paint(self, painter, option, widget=None) -> None:
        if self.frozen:
            return
        if self.isSelected():
            painter.setPen(QPen(QColor(47, 109, 181, 70), 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._path)
        # what draw.line draws, with the pen and head computed once per move
        painter.setPen(self._pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self._head is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._pen.color())
            painter.drawPolygon(self._head)
