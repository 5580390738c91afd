"""A stakeholder's card on the map (drawn by :func:`planner.graph.draw.card`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem

from planner import vocab
from planner.graph import draw
from planner.graph.layout import CARD_H, CARD_W

CARD_Z, LINE_Z, AREA_Z = 3.0, 2.0, 0.0
FAR = 0.3  # below this zoom the text would be unreadable: cards are drawn simplified


class CardItem(QGraphicsItem):
    """Movable, selectable, focusable; keeps its lines attached while moving."""

    def __init__(self, person: dict[str, Any], lang: str, colour: str | None = None) -> None:
        super().__init__()
        F = QGraphicsItem.GraphicsItemFlag
        self.setFlags(F.ItemIsMovable | F.ItemIsSelectable | F.ItemIsFocusable
                      | F.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(CARD_Z)
        self.lang = lang
        self.lines: list = []  # LineItems attached to this card
        self.person: dict[str, Any] = {}
        self.colour = colour
        self.set_person(person, colour)

    @property
    def pid(self) -> str:
        return self.person["id"]

    def set_person(self, person: dict[str, Any], colour: str | None = None) -> None:
        self.person = dict(person)
        self.colour = colour
        # stripes mean "attitude unconfirmed": only when the colour is the attitude
        self._drawn = self.person if colour is None else dict(self.person, attitude_unconfirmed=False)
        self.setPos(QPointF(person["x"], person["y"]))
        p = person
        tip = [f"<b>{p['name']}</b>", p["title"]] if p["title"] else [f"<b>{p['name']}</b>"]
        att = vocab.ATTITUDE.label(p["attitude"], self.lang)
        if p["attitude_unconfirmed"]:
            att += " (" + vocab.CONFIDENCE.label("unconfirmed", self.lang) + ")"
        tip.append(QCoreApplication.translate("CardItem", "Attitude: %1").replace("%1", att))
        tip.append(QCoreApplication.translate("CardItem", "Importance: %1 of 5").replace("%1", str(p["importance"] or 0)))
        if p["days_since"] is None:
            tip.append(QCoreApplication.translate("CardItem", "Not met yet"))
        else:
            tip.append(QCoreApplication.translate("CardItem", "Last contact %1 days ago").replace("%1", str(p["days_since"])))
        if p["overdue"]:
            tip.append(QCoreApplication.translate("CardItem", "Contact is overdue"))
        if p["roles"]:
            tip.append(", ".join(vocab.BUYING_ROLE.label(r, self.lang) for r in p["roles"]))
        self.setToolTip("<br>".join(tip))
        self.update()

    def rect(self) -> QRectF:
        """The card in scene coordinates."""
        return QRectF(self.pos().x(), self.pos().y(), CARD_W, CARD_H)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 4, CARD_H + 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 8, 8)
        return path

    def paint(self, painter, option, widget=None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < FAR:
            draw.card_far(painter, self._drawn, QRectF(0, 0, CARD_W, CARD_H), self.colour, self.isSelected())
            return
        draw.card(painter, self._drawn, QRectF(0, 0, CARD_W, CARD_H), self.lang, self.colour,
                  selected=self.isSelected())

    def itemChange(self, change, value):
        C = QGraphicsItem.GraphicsItemChange
        if change == C.ItemPositionHasChanged:
            for line in self.lines:
                line.adjust()
        elif change == C.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)
