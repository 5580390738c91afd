"""A department's area on the map (drawn by :func:`planner.graph.draw.area`).

Dragged by its label band; its people move with it. Clicks on the body fall
through to the view (rubber-band selection, double-click to add a person)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from planner.graph import draw
from planner.graph.layout import HEADER
from ui.map.card_item import AREA_Z


class AreaItem(QGraphicsItem):
    def __init__(self, dept: dict[str, Any], tint: str) -> None:
        super().__init__()
        F = QGraphicsItem.GraphicsItemFlag
        self.setFlags(F.ItemIsMovable | F.ItemIsSelectable | F.ItemSendsGeometryChanges)
        self.setZValue(AREA_Z)
        self.tint = QColor(tint)
        self.members: list = []  # CardItems of this department (set by the view)
        self.dept: dict[str, Any] = {}
        self._last = QPointF()
        self.set_dept(dept)

    @property
    def did(self) -> str:
        return self.dept["id"]

    def set_dept(self, dept: dict[str, Any]) -> None:
        if (dept.get("w"), dept.get("h")) != (self.dept.get("w"), self.dept.get("h")):
            self.prepareGeometryChange()
        self.dept = dict(dept)
        self._last = QPointF(dept["x"], dept["y"])  # a programmatic move does not carry the cards
        self.setPos(self._last)
        self.setToolTip(dept["name"])
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self.pos().x(), self.pos().y(), self.dept["w"], self.dept["h"])

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.dept["w"] + 4, self.dept["h"] + 4)

    frozen = False  # shown by the view's still picture while something is dragged

    def paint(self, painter, option, widget=None) -> None:
        if self.frozen:
            return
        d = dict(self.dept, x=0.0, y=0.0)
        draw.area(painter, d, self.tint, selected=self.isSelected())

    def mousePressEvent(self, event) -> None:
        if event.pos().y() > HEADER:  # the body: let the view select or add
            event.ignore()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        event.ignore()

    def itemChange(self, change, value):
        C = QGraphicsItem.GraphicsItemChange
        if change == C.ItemPositionHasChanged:
            delta = self.pos() - self._last
            self._last = self.pos()
            if not delta.isNull():
                for card in self.members:
                    if not card.isSelected():  # selected cards are moved by the scene already
                        card.moveBy(delta.x(), delta.y())
        elif change == C.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)
