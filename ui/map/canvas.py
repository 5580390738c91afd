"""The map view: cards in department areas, lines between them.

Zoom with the wheel (or Ctrl+= / Ctrl+-), pan with the middle button or the
scroll bars, fit with F; arrows and Tab move between cards, Enter opens one,
Escape clears the selection.
Drag cards or areas (positions are reported by :attr:`MapView.moved`, the tab
stores them); Shift+drag from a card to another draws a line
(:attr:`MapView.link_requested`). Double-click empty space to add a person.

The view holds items, never records: :meth:`MapView.show_scene` updates it
from :func:`planner.graph.scene.scene_data` in place (selection and zoom
survive an edit). Threading: GUI thread only.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsView

from planner.graph import draw
from planner.graph.colours import AREA_TINTS, colour_by
from ui.map.area_item import AreaItem
from ui.map.card_item import CardItem
from ui.map import moves
from ui.map.line_item import LineItem
from ui.map.moves import Key

MIN_ZOOM, MAX_ZOOM = 0.08, 4.0


class MapView(QGraphicsView):
    #: before, after ({(kind, id): fields}) and the keys the user moved
    moved = Signal(object, object, object)
    link_requested = Signal(str, str)       # source id, target id
    add_requested = Signal(QPointF, object)  # scene position, department id or None
    open_requested = Signal(str)            # person id
    delete_requested = Signal()
    selection_changed = Signal()  # the scene's, relayed (ends with the view)

    def __init__(self, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self.selection_changed)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setBackgroundBrush(QColor("#fbfcfd"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.lang = lang
        self.colour_mode = "attitude"
        self.show_departments = True
        self.cards: dict[str, CardItem] = {}
        self.areas: dict[str, AreaItem] = {}
        self.lines: dict[str, LineItem] = {}
        self.data: dict[str, Any] = {"people": [], "departments": [], "lines": []}
        self._press: dict[Key, QPointF] | None = None
        self._link_from: CardItem | None = None
        self._link_line: QGraphicsLineItem | None = None
        self._pan_from: QPointF | None = None
        self._press_at: QPointF | None = None
        self._frozen: QPixmap | None = None  # the still part of the map while dragging
        self._still: list = []
        self._route_keys: dict[str, tuple] = {}  # line id -> the card places its route was made for
        self._routing = QTimer(self, singleShot=True, interval=0)
        self._routing.timeout.connect(self.route_all)

    # -- content -------------------------------------------------------------------
    def show_scene(self, data: dict[str, Any]) -> None:
        """Show ``data`` (from ``scene_data``), updating the items in place."""
        self.data = data
        scene = self.scene()
        people = {p["id"]: p for p in data["people"]}
        for pid in [pid for pid in self.cards if pid not in people]:
            card = self.cards.pop(pid)
            for line in list(card.lines):
                self._drop_line(line.lid)
            scene.removeItem(card)
        for p in data["people"]:
            colour = None if self.colour_mode == "attitude" else colour_by(p, self.colour_mode)
            card = self.cards.get(p["id"])
            if card is None:
                card = self.cards[p["id"]] = CardItem(p, self.lang, colour)
                scene.addItem(card)
            else:
                card.set_person(p, colour)
        depts = {d["id"]: d for d in data["departments"]}
        for did in [did for did in self.areas if did not in depts]:
            scene.removeItem(self.areas.pop(did))
        for i, d in enumerate(sorted(data["departments"], key=lambda d: -d["w"] * d["h"])):
            area = self.areas.get(d["id"])
            if area is None:
                area = self.areas[d["id"]] = AreaItem(d, AREA_TINTS[i % len(AREA_TINTS)])
                scene.addItem(area)
            else:
                area.set_dept(d)
            area.setZValue(i * 0.001)  # big areas under small ones
            area.members = [self.cards[p["id"]] for p in data["people"] if p["department_id"] == d["id"]]
        self._apply_area_visibility()
        cards = {pid: c.rect() for pid, c in self.cards.items()}
        keep = {ln["id"] for ln in data["lines"] if ln["source"] in cards and ln["target"] in cards}
        for lid in [lid for lid in self.lines if lid not in keep]:
            self._drop_line(lid)
        todo = {ln["id"] for ln in data["lines"] if ln["id"] in keep
                and self._route_keys.get(ln["id"]) != self._route_key(ln, cards)}
        if len(todo) > self.ROUTE_LATER_FROM:  # a first frame at once, tidy lines a moment later
            routes = {ln["id"]: draw.quick_route(ln, cards[ln["source"]], cards[ln["target"]])
                      for ln in data["lines"] if ln["id"] in todo}
            self._routing.start()
        else:
            routes = draw.route_lines(data, cards, only=todo) if todo else {}
            self._route_keys.update({ln["id"]: self._route_key(ln, cards) for ln in data["lines"]
                                     if ln["id"] in todo})
        for ln in data["lines"]:
            if ln["id"] not in keep:
                continue
            item = self.lines.get(ln["id"])
            if item is not None and (item.source.pid, item.target.pid) != (ln["source"], ln["target"]):
                self._drop_line(ln["id"])
                item = None
            if item is None:
                item = self.lines[ln["id"]] = LineItem(
                    ln, self.cards[ln["source"]], self.cards[ln["target"]],
                    routes.get(ln["id"]) or draw.quick_route(ln, cards[ln["source"]], cards[ln["target"]]),
                    self.lang)
                scene.addItem(item)
            else:
                item.set_line(ln, routes.get(ln["id"]))
        box = scene.itemsBoundingRect()
        scene.setSceneRect(box.adjusted(-400, -300, 400, 300))

    ROUTE_LATER_FROM = 80  # lines to route at once; more are routed just after the first frame

    @staticmethod
    def _route_key(ln: dict[str, Any], cards: dict[str, QRectF]) -> tuple:
        a, b = cards[ln["source"]], cards[ln["target"]]
        return (ln["kind"], round(a.x()), round(a.y()), round(b.x()), round(b.y()))

    def route_all(self) -> None:
        """Route every line around the cards in its way (after a quick first frame)."""
        self._routing.stop()
        cards = {pid: c.rect() for pid, c in self.cards.items()}
        routes = draw.route_lines(self.data, cards)
        for ln in self.data["lines"]:
            item = self.lines.get(ln["id"])
            if item is not None and ln["id"] in routes:
                item.set_line(ln, routes[ln["id"]])
                self._route_keys[ln["id"]] = self._route_key(ln, cards)

    def _drop_line(self, lid: str) -> None:
        self._route_keys.pop(lid, None)
        item = self.lines.pop(lid, None)
        if item is not None:
            item.detach()
            self.scene().removeItem(item)

    def _apply_area_visibility(self) -> None:
        for area in self.areas.values():
            area.setVisible(self.show_departments and not area.dept["hidden"])

    def set_colour_mode(self, mode: str) -> None:
        self.colour_mode = mode
        for p in self.data["people"]:
            if p["id"] in self.cards:
                self.cards[p["id"]].set_person(p, None if mode == "attitude" else colour_by(p, mode))

    def set_show_departments(self, on: bool) -> None:
        self.show_departments = on
        self._apply_area_visibility()

    # -- selection and navigation ----------------------------------------------------
    def selected_cards(self) -> list[CardItem]:
        return [i for i in self.scene().selectedItems() if isinstance(i, CardItem)]

    def selected_ids(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {"stakeholder": [], "relationship": [], "department": []}
        for item in self.scene().selectedItems():
            if isinstance(item, CardItem):
                out["stakeholder"].append(item.pid)
            elif isinstance(item, LineItem):
                out["relationship"].append(item.lid)
            elif isinstance(item, AreaItem):
                out["department"].append(item.did)
        return out

    def select_ids(self, ids: list[str], focus: bool = True) -> None:
        self.scene().clearSelection()
        items = [self.cards[i] for i in ids if i in self.cards]
        for item in items:
            item.setSelected(True)
        if items and focus:
            self.scene().setFocusItem(items[0])
            box = items[0].sceneBoundingRect()
            for item in items[1:]:
                box = box.united(item.sceneBoundingRect())
            self.ensureVisible(box, 40, 40)

    def current_card(self) -> CardItem | None:
        focus = self.scene().focusItem()
        if isinstance(focus, CardItem):
            return focus
        cards = self.selected_cards()
        return cards[0] if cards else None

    def _reading_order(self) -> list[CardItem]:
        return sorted(self.cards.values(), key=lambda c: (round(c.y() / 40), c.x(), c.pid))

    def _go(self, card: CardItem | None) -> None:
        if card is not None:
            self.select_ids([card.pid])

    def next_card(self, step: int = 1) -> None:
        order = self._reading_order()
        if not order:
            return
        cur = self.current_card()
        i = order.index(cur) + step if cur in order else (0 if step > 0 else -1)
        self._go(order[i % len(order)])

    def card_toward(self, dx: int, dy: int) -> None:
        """Select the nearest card in direction (dx, dy) from the current one."""
        cur = self.current_card()
        if cur is None:
            self.next_card()
            return
        c = cur.rect().center()
        best, best_score = None, math.inf
        for card in self.cards.values():
            if card is cur:
                continue
            v = card.rect().center() - c
            along = v.x() * dx + v.y() * dy
            if along <= 1:
                continue
            across = abs(v.x() * dy) + abs(v.y() * dx)
            score = along + 2.5 * across
            if score < best_score:
                best, best_score = card, score
        self._go(best)

    # -- zoom ------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.end_drag()
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        self.scale(target / self.zoom(), target / self.zoom())

    def fit(self) -> None:
        self.end_drag()
        items = [i for i in self.scene().items() if i.isVisible() and not isinstance(i, QGraphicsLineItem)]
        if not items:
            return
        box = items[0].sceneBoundingRect()
        for item in items[1:]:
            box = box.united(item.sceneBoundingRect())
        self.fitInView(box.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.25:
            self.resetTransform()
            self.scale(1.25, 1.25)
            self.centerOn(box.center())

    def wheelEvent(self, event) -> None:
        self.end_drag()
        dy = event.angleDelta().y()
        if dy:
            self.zoom_by(1.0015 ** dy)
            event.accept()

    # -- smooth dragging ------------------------------------------------------------------
    FREEZE_FROM = 120  # lines: below this, painting everything each frame is quick enough

    def begin_drag(self, moving: list[CardItem | AreaItem]) -> None:
        """While ``moving`` items are dragged, show everything else (areas,
        lines not attached to them) from one picture taken now, so a frame
        repaints only what moves."""
        if self._frozen is not None or len(self.lines) < self.FREEZE_FROM:
            return
        cards = {c for c in moving if isinstance(c, CardItem)}
        for area in (a for a in moving if isinstance(a, AreaItem)):
            cards.update(area.members)
        lines = {ln for c in cards for ln in c.lines}
        moving_set = cards | lines | {a for a in moving if isinstance(a, AreaItem)}
        for item in moving_set:  # transparent, not hidden: a hidden item would lose the mouse
            item.setOpacity(0.0)
        self._frozen = self.viewport().grab()
        for item in moving_set:
            item.setOpacity(1.0)
        self._still = [i for i in (*self.lines.values(), *self.areas.values()) if i not in moving_set]
        for item in self._still:
            item.frozen = True  # painted by the picture, under the moving items

    def end_drag(self) -> None:
        if self._frozen is None:
            return
        for item in self._still:
            item.frozen = False
        self._still, self._frozen = [], None
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.end_drag()  # the picture no longer matches
        super().scrollContentsBy(dx, dy)

    def drawBackground(self, painter, rect) -> None:
        if self._frozen is None:
            super().drawBackground(painter, rect)
            return
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._frozen)
        painter.restore()

    # -- keyboard --------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.next_card(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        if key in arrows and not event.modifiers():
            self.card_toward(*arrows[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif key == Qt.Key.Key_Escape:
            if self._link_line is not None:  # give up drawing a line
                self.scene().removeItem(self._link_line)
                self._link_line = self._link_from = None
            else:
                self.scene().clearSelection()
        elif key == Qt.Key.Key_F and not event.modifiers():
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_card() is not None:
            self.open_requested.emit(self.current_card().pid)
        else:
            super().keyPressEvent(event)

    # -- mouse -----------------------------------------------------------------------
    def card_at(self, view_pos) -> CardItem | None:
        for item in self.items(view_pos):
            if isinstance(item, CardItem):
                return item
        return None

    def area_at(self, scene_pos: QPointF) -> AreaItem | None:
        hits = [a for a in self.areas.values() if a.isVisible() and a.rect().contains(scene_pos)]
        return max(hits, key=lambda a: a.zValue()) if hits else None

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        card = self.card_at(pos)
        if (event.button() == Qt.MouseButton.LeftButton and card is not None
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self._link_from = card
            c = card.rect().center()
            self._link_line = QGraphicsLineItem(QLineF(c, c))
            self._link_line.setPen(QPen(QColor("#2f6db5"), 2, Qt.PenStyle.DashLine))
            self._link_line.setZValue(10)
            self.scene().addItem(self._link_line)
            return
        self._press = self.snapshot()
        self._press_at = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            d = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(d.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(d.y()))
            return
        if self._link_line is not None:
            line = self._link_line.line()
            self._link_line.setLine(QLineF(line.p1(), self.mapToScene(event.position().toPoint())))
            return
        if (self._press_at is not None and event.buttons() & Qt.MouseButton.LeftButton
                and (event.position() - self._press_at).manhattanLength() >= 4):
            grabbed = self.scene().mouseGrabberItem()
            if isinstance(grabbed, (CardItem, AreaItem)):
                self.begin_drag([i for i in self.scene().selectedItems()
                                 if isinstance(i, (CardItem, AreaItem))] or [grabbed])
            self._press_at = None
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self._link_line is not None:
            self.scene().removeItem(self._link_line)
            self._link_line = None
            source, self._link_from = self._link_from, None
            target = self.card_at(event.position().toPoint())
            if target is not None and target is not source:
                self.link_requested.emit(source.pid, target.pid)
            return
        super().mouseReleaseEvent(event)
        self.end_drag()
        self._press_at = None
        press, self._press = self._press, None
        if press is not None:
            self.report_moves(press)

    def mouseDoubleClickEvent(self, event) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None:
            self.open_requested.emit(card.pid)
            return
        pos = self.mapToScene(event.position().toPoint())
        area = self.area_at(pos)
        self.add_requested.emit(pos, area.did if area else None)

    # -- moves -----------------------------------------------------------------------
    def snapshot(self) -> dict[Key, QPointF]:
        out: dict[Key, QPointF] = {("stakeholder", pid): c.pos() for pid, c in self.cards.items()}
        out.update({("department", did): a.pos() for did, a in self.areas.items()})
        return out

    def report_moves(self, press: dict[Key, QPointF]) -> None:
        """Emit :attr:`moved` for what moved since ``press`` (a snapshot)."""
        now = self.snapshot()
        moved = {k for k, p in now.items() if k in press and (p - press[k]).manhattanLength() > 0.5}
        if not moved:
            return
        before, after = self.move_change(moved, press)
        self.moved.emit(before, after, moved)

    def move_change(self, moved: set[Key], press: dict[Key, QPointF] | None = None,
                    extra: dict[str, tuple[QPointF, str | None]] | None = None
                    ) -> tuple[dict[Key, dict], dict[Key, dict]]:
        """See :func:`ui.map.moves.move_change`."""
        return moves.move_change(self, moved, press, extra)

    def align(self, how: str) -> None:
        """Line the selected cards up: "left", "top" or "centre" (centres on
        one vertical line)."""
        cards = self.selected_cards()
        if len(cards) < 2:
            return
        press = self.snapshot()
        if how == "left":
            x = min(c.x() for c in cards)
            for c in cards:
                c.setX(x)
        elif how == "top":
            y = min(c.y() for c in cards)
            for c in cards:
                c.setY(y)
        else:
            x = sum(c.x() for c in cards) / len(cards)
            for c in cards:
                c.setX(x)
        self.report_moves(press)
