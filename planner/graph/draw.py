"""Drawing the pieces of the stakeholder map with QPainter: the header with
its legend, department areas, lines and cards. Used by
:mod:`planner.graph.render`; QtGui only.

Cards follow the map's conventions: a colour band for the attitude (striped
when unconfirmed), importance as dots, buying-role badges, a red clock when
contact is overdue, a dashed border for people who left. Reporting lines are
solid elbows (each boss's lines into other departments get a lane of their
own), influence lines dashed arrows whose width grows with strength, conflict
red, informal dotted; curved lines bend around the cards in their way.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner import vocab
from planner.graph.colours import (  # noqa: F401 (AREA_TINTS: public here)
    AREA_TINTS, ATTITUDE_COLOURS, IMPORTANCE_COLOURS, LINE_COLOURS, NEVER_MET, RECENCY_COLOURS, ROLE_COLOURS,
)
from planner.graph.layout import H_GAP, V_GAP

FONT_FAMILIES = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
                 "Source Han Sans SC", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]
INK, MUTED, OVERDUE = QColor("#1f2933"), QColor("#5f6b7a"), QColor("#d64541")
HEADER_H, MARGIN = 78.0, 28.0  # header band, page margin


def font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


class CardGrid:
    """Cards by grid cell, to bend curved lines around the cards in their way."""

    CELL = 200.0
    BENDS = (0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.6, -0.6, 0.8, -0.8, 0.0)
    MAX_OFFSET = 330.0  # px: long lines do not swing across the whole map

    def __init__(self, cards: dict[str, QRectF], bounds: QRectF | None = None) -> None:
        b = bounds or QRectF()
        self.bounds = (b.left() - 40, b.top() - 40, b.right() + 40, b.bottom() + 40)
        self.cards = {pid: (r.left() - 6, r.top() - 6, r.right() + 6, r.bottom() + 6)
                      for pid, r in cards.items()}
        self.cells: dict[tuple[int, int], list[str]] = {}
        for pid, (x0, y0, x1, y1) in self.cards.items():
            for i in range(int(x0 // self.CELL), int(x1 // self.CELL) + 1):
                for j in range(int(y0 // self.CELL), int(y1 // self.CELL) + 1):
                    self.cells.setdefault((i, j), []).append(pid)

    def _hits(self, x: float, y: float, skip: tuple[str, str]) -> int:
        for pid in self.cells.get((int(x // self.CELL), int(y // self.CELL)), ()):
            x0, y0, x1, y1 = self.cards[pid]
            if pid not in skip and x0 <= x <= x1 and y0 <= y <= y1:
                return 1
        return 0

    def crosses(self, points: list[QPointF], skip: tuple[str, str]) -> bool:
        """Whether the polyline runs through a card other than ``skip``."""
        for p, q in zip(points, points[1:]):
            steps = max(1, int(math.hypot(q.x() - p.x(), q.y() - p.y()) // 12))
            for k in range(steps + 1):
                t = k / steps
                if self._hits(p.x() + (q.x() - p.x()) * t, p.y() + (q.y() - p.y()) * t, skip):
                    return True
        return False

    def best_bend(self, a: str, b: str, taken: list[float] = ()) -> float:
        """The bend (a fraction of the length, sideways) whose curve between
        the two card centres crosses the fewest other cards, unlike the
        bends ``taken`` by other lines between the same two cards."""
        ax0, ay0, ax1, ay1 = self.cards[a]
        bx0, by0, bx1, by1 = self.cards[b]
        c0, c1 = ((ax0 + ax1) / 2, (ay0 + ay1) / 2), ((bx0 + bx1) / 2, (by0 + by1) / 2)
        dx, dy = c1[0] - c0[0], c1[1] - c0[1]
        length = math.hypot(dx, dy) or 1.0
        x0, y0, x1, y1 = self.bounds
        best, best_hits = self.BENDS[0], math.inf
        for frac in self.BENDS:
            bend = math.copysign(min(abs(frac) * length, self.MAX_OFFSET) / length, frac)
            if any(abs(bend - t) < 0.06 for t in taken):
                continue
            # control point of a quadratic curve whose midpoint is bent by `bend`
            cx, cy = (c0[0] + c1[0]) / 2 - dy * bend * 2, (c0[1] + c1[1]) / 2 + dx * bend * 2
            hits = 0
            for t in (0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85):
                u = 1 - t
                hits += self._hits(u * u * c0[0] + 2 * u * t * cx + t * t * c1[0],
                                   u * u * c0[1] + 2 * u * t * cy + t * t * c1[1], (a, b))
            mx, my = (c0[0] + c1[0]) / 4 + cx / 2, (c0[1] + c1[1]) / 4 + cy / 2
            if x1 > x0 and not (x0 <= mx <= x1 and y0 <= my <= y1):
                hits += 4  # off the page
            if hits < best_hits:
                best, best_hits = bend, hits
            if hits == 0:
                break
        return best


def lanes(scene: dict[str, Any], cards: dict[str, QRectF]) -> dict[str, float]:
    """The y of the horizontal segment of each boss's reporting lines into
    other departments: one lane per boss of a row, so lines stay apart."""
    dept = {p["id"]: p["department_id"] for p in scene["people"]}
    bosses = {ln["target"] for ln in scene["lines"] if ln["kind"] == "reports_to"
              and ln["source"] in cards and ln["target"] in cards
              and dept[ln["source"]] != dept[ln["target"]]}
    rows: dict[int, list[str]] = {}
    for b in sorted(bosses, key=lambda b: (cards[b].x(), b)):
        rows.setdefault(round(cards[b].bottom()), []).append(b)
    lanes = {}
    for bottom, row in rows.items():
        step = min(9.0, 30.0 / max(len(row) - 1, 1))
        for k, b in enumerate(row):
            lanes[b] = bottom + 10 + k * step
    return lanes


def route_lines(scene: dict[str, Any], cards: dict[str, QRectF], box: QRectF | None = None,
                only: set[str] | None = None) -> dict[str, tuple[list[QPointF] | None, float]]:
    """How each line (or each line in ``only``) runs between its cards:
    ``{line id: (elbow points or None, bend)}``. Reporting lines are elbows (a lane per boss into other
    departments) unless an elbow would run through other cards; the others
    are curves bent around the cards in their way, apart from the other lines
    between the same two cards."""
    lane = lanes(scene, cards)
    grid = CardGrid(cards, box)
    dept = {p["id"]: p["department_id"] for p in scene["people"]}
    bends: dict[tuple[str, str], list[float]] = {}  # per pair of cards, as seen from the first
    order = {"reports_to": 0, "informal": 1, "conflict": 2, "influences": 3}
    out: dict[str, tuple[list[QPointF] | None, float]] = {}
    for ln in sorted(scene["lines"], key=lambda ln: (order.get(ln["kind"], 9), ln["id"])):
        a, b = ln["source"], ln["target"]
        if a not in cards or b not in cards or (only is not None and ln["id"] not in only):
            continue
        points = None
        if ln["kind"] == "reports_to":
            points = elbow(cards[a], cards[b], lane.get(b) if dept[a] != dept[b] else None)
            if points and grid.crosses(points, (a, b)):
                points = None  # an elbow through other cards would mislead: curve around them
        bend = 0.0
        if not points:
            pair, sign = (min(a, b), max(a, b)), 1 if a < b else -1
            bend = grid.best_bend(a, b, [sign * t for t in bends.get(pair, [])])
            bends.setdefault(pair, []).append(sign * bend)
        out[ln["id"]] = (points, bend)
    return out


def quick_route(ln: dict[str, Any], a: QRectF, b: QRectF) -> tuple[list[QPointF] | None, float]:
    """A first route, instantly: an elbow for reporting lines where it fits,
    else a slight curve (:func:`route_lines` then bends lines around cards)."""
    points = elbow(a, b) if ln["kind"] == "reports_to" else None
    return points, 0.0 if points else 0.12


def colour_key(mode: str, lang: str) -> list[tuple[str, str, bool]]:
    """The legend's swatches (colour, label, striped) for a colour mode of
    the cards: "attitude" (default), "recency" or "importance"."""
    zh = lang == "zh"
    if mode == "recency":
        out = [(c, (f"{d}天以内" if zh else f"≤ {d} days") if d else ("更久" if zh else "longer"), False)
               for d, c in RECENCY_COLOURS]
        return out + [(NEVER_MET, "从未见面" if zh else "never met", False)]
    if mode == "importance":
        return [(c, ("重要程度 " if zh else "importance ") + str(i) if i in (1, 5) else str(i), False)
                for i, c in IMPORTANCE_COLOURS.items()]
    out = [(ATTITUDE_COLOURS[v], vocab.ATTITUDE.label(v, lang), False) for v in vocab.ATTITUDE.values]
    return out + [(ATTITUDE_COLOURS["neutral"], "斜纹=态度未确认" if zh else "striped = unconfirmed", True)]


def header(scene: dict[str, Any], painter: QPainter, width: float) -> None:
    painter.setPen(INK)
    painter.setFont(font(22, bold=True))
    painter.drawText(QRectF(MARGIN, 16, width * 0.55, 30), Qt.AlignmentFlag.AlignVCenter, scene["title"])
    painter.setPen(MUTED)
    painter.setFont(font(13))
    sub = QFontMetricsF(painter.font()).elidedText(
        f"{scene['subtitle']} · {scene['today']}", Qt.TextElideMode.ElideRight, width * 0.55)
    painter.drawText(QRectF(MARGIN, 48, width * 0.55, 20), Qt.AlignmentFlag.AlignVCenter, sub)
    lang = scene["lang"]
    painter.setFont(font(11))
    fm = QFontMetricsF(painter.font())
    x = width - MARGIN
    swatches = colour_key(scene.get("colour_mode", "attitude"), lang)
    for colour, label, striped in reversed(swatches):  # attitude swatches, right-aligned
        x -= fm.horizontalAdvance(label) + 30
        chip = QRectF(x, 22, 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour).lighter(150) if striped else QColor(colour))
        painter.drawRoundedRect(chip, 3, 3)
        if striped:
            painter.setBrush(QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(MUTED)
        painter.drawText(QRectF(x + 19, 20, 200, 18), Qt.AlignmentFlag.AlignVCenter, label)
    x = width - MARGIN
    kinds = [("reports_to", "上下级" if lang == "zh" else "Reports to"),
             ("influences", "影响（粗细=强度）" if lang == "zh" else "Influences (width = strength)"),
             ("conflict", "冲突" if lang == "zh" else "Conflict"),
             ("informal", "私交" if lang == "zh" else "Informal"),
             ("overdue", "联系超期" if lang == "zh" else "Contact overdue")]
    for kind, label in reversed(kinds):
        x -= fm.horizontalAdvance(label) + 50
        if kind == "overdue":
            _clock(painter, QPointF(x + 22, 52))
        else:
            line(painter, {"kind": kind, "strength": 3, "directed": kind == "influences",
                            "confidence": "confirmed"},
                  QRectF(x - 40, 45, 40, 14), QRectF(x + 40, 45, 0.01, 14), legend=True)
        painter.setPen(MUTED)
        painter.setFont(font(11))
        painter.drawText(QRectF(x + 45, 43, 300, 18), Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(QColor("#e3e7ec"), 1))
    painter.drawLine(QLineF(MARGIN, HEADER_H - 4, width - MARGIN, HEADER_H - 4))


def area(painter: QPainter, d: dict[str, Any], tint: QColor, selected: bool = False) -> None:
    r = QRectF(d["x"], d["y"], d["w"], d["h"])
    painter.setPen(QPen(QColor("#2f6db5"), 2.0) if selected else QPen(tint.darker(112), 1.2))
    painter.setBrush(tint)
    painter.drawRoundedRect(r, 12, 12)
    painter.setPen(QColor("#3d4a5c"))
    painter.setFont(font(13, bold=True))
    label = QFontMetricsF(painter.font()).elidedText(d["name"], Qt.TextElideMode.ElideRight, r.width() - 28)
    painter.drawText(QRectF(r.x() + 14, r.y() + 6, r.width() - 28, 22), Qt.AlignmentFlag.AlignVCenter, label)


def _border_point(r: QRectF, toward: QPointF) -> QPointF:
    """Where the segment from ``r``'s centre toward ``toward`` leaves ``r``."""
    c = r.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    t = min(r.width() / 2 / abs(dx) if dx else math.inf, r.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(c.x() + dx * t, c.y() + dy * t)


def elbow(a: QRectF, b: QRectF, bus: float | None = None) -> list[QPointF] | None:
    """The org-chart connector from report ``a`` up to boss ``b``: down from
    the boss to the bus (``bus``, or half-way to the next level), across, and
    down into the report's top, or into its side when it sits below other
    cards. None when the report is not below the boss."""
    if a.top() < b.bottom() + 12:
        return None
    start = QPointF(b.center().x(), b.bottom())
    mid = start.y() + V_GAP / 2 if bus is None else bus
    if bus is None and a.top() > b.bottom() + V_GAP + 1:
        spine = a.left() - H_GAP / 2
        return [start, QPointF(start.x(), mid), QPointF(spine, mid), QPointF(spine, a.center().y()),
                QPointF(a.left(), a.center().y())]
    return [start, QPointF(start.x(), mid), QPointF(a.center().x(), mid), QPointF(a.center().x(), a.top())]


def line_pen(ln: dict[str, Any]) -> QPen:
    """The pen of a line: colour by kind (faded when unconfirmed), width by
    strength for influence, dashed influence, dotted informal."""
    kind = ln["kind"]
    colour = QColor(LINE_COLOURS.get(kind, "#8592a3"))
    if ln.get("confidence") == "unconfirmed" and kind != "reports_to":
        colour.setAlphaF(0.55)
    width = {"reports_to": 1.6, "conflict": 2.2, "informal": 1.8}.get(kind, 0.7 + 0.55 * int(ln["strength"] or 1))
    pen = QPen(colour, width)
    pen.setStyle({"influences": Qt.PenStyle.DashLine, "informal": Qt.PenStyle.DotLine}.get(kind, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if kind == "informal" else Qt.PenCapStyle.FlatCap)
    return pen


def line_path(a: QRectF, b: QRectF, legend: bool = False, points: list[QPointF] | None = None,
              bend: float = 0.0) -> tuple[QPainterPath, QPointF | None]:
    """The path of a line from card ``a`` to card ``b`` (see :func:`line`) and
    the point its arrow head comes from (None for elbows: no head)."""
    path = QPainterPath()
    if legend:
        p0, p1 = QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y())
        path.moveTo(p0)
        path.lineTo(p1)
        return path, p0
    if points:
        path.moveTo(points[0])
        for p in points[1:]:
            path.lineTo(p)
        return path, None
    c0, c1 = a.center(), b.center()
    mid = QPointF((c0.x() + c1.x()) / 2 - (c1.y() - c0.y()) * bend,
                  (c0.y() + c1.y()) / 2 + (c1.x() - c0.x()) * bend)
    p0, p1 = _border_point(a, mid), _border_point(b, mid)
    ctrl = QPointF(2 * mid.x() - (p0.x() + p1.x()) / 2, 2 * mid.y() - (p0.y() + p1.y()) / 2)
    path.moveTo(p0)
    path.quadTo(ctrl, p1)
    return path, ctrl


def has_head(ln: dict[str, Any]) -> bool:
    return bool(ln.get("directed")) and ln["kind"] not in ("informal", "conflict")


def line(painter: QPainter, ln: dict[str, Any], a: QRectF, b: QRectF, legend: bool = False,
         points: list[QPointF] | None = None, bend: float = 0.0,
         path: tuple[QPainterPath, QPointF | None] | None = None) -> None:
    """One line from card ``a`` to card ``b``: along ``points`` when given
    (an elbow), else a quadratic curve bent sideways by ``bend`` (a fraction
    of its length), with an arrow head when the line is directed. ``path``:
    the result of :func:`line_path` when the caller has it already."""
    pen = line_pen(ln)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shape, ctrl = path or line_path(a, b, legend, points, bend)
    painter.drawPath(shape)
    if ctrl is not None and has_head(ln):
        _arrow(painter, ctrl, shape.currentPosition(), pen.color(), head_size(pen))


def arrow_head(frm: QPointF, tip: QPointF, size: float) -> QPolygonF:
    """The triangle of an arrow head at ``tip`` pointing away from ``frm``."""
    angle = math.atan2(tip.y() - frm.y(), tip.x() - frm.x())
    return QPolygonF([tip] + [QPointF(tip.x() - size * math.cos(angle + s * 0.42),
                                      tip.y() - size * math.sin(angle + s * 0.42)) for s in (1, -1)])


def head_size(pen: QPen) -> float:
    return 6 + pen.widthF() * 1.6


def _arrow(painter: QPainter, frm: QPointF, tip: QPointF, colour: QColor, size: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(arrow_head(frm, tip, size))


def _clock(painter: QPainter, c: QPointF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(OVERDUE)
    painter.drawEllipse(c, 8, 8)
    painter.setPen(QPen(QColor("#ffffff"), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QLineF(c, QPointF(c.x(), c.y() - 5)))
    painter.drawLine(QLineF(c, QPointF(c.x() + 3.5, c.y() + 1.5)))


def card_far(painter: QPainter, p: dict[str, Any], r: QRectF, colour: str | None = None,
             selected: bool = False) -> None:
    """A card seen from far away (text too small to read): its outline,
    attitude band and a bar where the name is; much quicker to draw."""
    painter.setPen(QPen(QColor("#2f6db5"), 4) if selected else QPen(QColor("#c3cad4"), 1.5))
    painter.setBrush(QColor("#f4f5f7") if p["status"] == "left" else QColor("#ffffff"))
    painter.drawRect(r)
    painter.fillRect(QRectF(r.x(), r.y(), 10, r.height()),
                     QColor(colour or ATTITUDE_COLOURS.get(p["attitude"], ATTITUDE_COLOURS["unknown"])))
    painter.fillRect(QRectF(r.x() + 18, r.y() + 12, min(r.width() - 30, 16 * len(p["name"]) + 20), 14),
                     QColor("#5f6b7a"))
    if p["overdue"]:
        painter.fillRect(QRectF(r.right() - 22, r.y() + 8, 14, 14), OVERDUE)


def card(painter: QPainter, p: dict[str, Any], r: QRectF, lang: str, colour: str | None = None,
         selected: bool = False) -> None:
    """One card in ``r``; ``colour`` overrides the attitude colour of the band
    (the map's colour-by overlays); ``selected`` draws the selection ring."""
    left = p["status"] == "left"
    shape = QPainterPath()
    shape.addRoundedRect(r, 8, 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 18))  # soft shadow
    painter.drawRoundedRect(r.translated(0, 2), 8, 8)
    painter.setBrush(QColor("#f4f5f7") if left else QColor("#ffffff"))
    painter.drawPath(shape)
    colour = QColor(colour or ATTITUDE_COLOURS.get(p["attitude"], ATTITUDE_COLOURS["unknown"]))
    painter.save()
    painter.setClipPath(shape)
    band = QRectF(r.x(), r.y(), 8, r.height())
    if p["attitude_unconfirmed"]:
        painter.fillRect(band, colour.lighter(150))
        painter.fillRect(band, QBrush(colour, Qt.BrushStyle.BDiagPattern))
    else:
        painter.fillRect(band, colour)
    painter.restore()
    border = QPen(QColor("#c3cad4"), 1.1, Qt.PenStyle.DashLine if left else Qt.PenStyle.SolidLine)
    if selected:
        border = QPen(QColor("#2f6db5"), 2.4)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shape)
    text_x, text_w = r.x() + 16, r.width() - 26 - (14 if p["overdue"] else 0)
    painter.setPen(MUTED if left else INK)
    painter.setFont(font(15, bold=True))
    name = QFontMetricsF(painter.font()).elidedText(p["name"], Qt.TextElideMode.ElideRight, text_w)
    painter.drawText(QRectF(text_x, r.y() + 7, text_w, 20), Qt.AlignmentFlag.AlignVCenter, name)
    painter.setPen(MUTED)
    painter.setFont(font(11.5))
    title = p["title"] + (f" ({vocab.STAKEHOLDER_STATUS.label('left', lang)})" if left else "")
    title = QFontMetricsF(painter.font()).elidedText(title, Qt.TextElideMode.ElideRight, r.width() - 26)
    painter.drawText(QRectF(text_x, r.y() + 28, r.width() - 26, 16), Qt.AlignmentFlag.AlignVCenter, title)
    for i in range(5):  # importance dots
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3d4a5c") if i < int(p["importance"] or 0) else QColor("#dde2e8"))
        painter.drawEllipse(QPointF(text_x + 3 + i * 9, r.bottom() - 13), 3, 3)
    x = r.right() - 8
    painter.setFont(font(10.5, bold=True))
    fm = QFontMetricsF(painter.font())
    for role in reversed(p["roles"]):  # buying-role badges, right-aligned
        label = vocab.BUYING_ROLE.label(role, lang)
        w = fm.horizontalAdvance(label) + 10
        if x - w < text_x + 50:
            break
        x -= w
        badge = QRectF(x, r.bottom() - 21, w, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ROLE_COLOURS.get(role, "#7a8796")))
        painter.drawRoundedRect(badge, 8, 8)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        x -= 4
    if p["overdue"]:
        _clock(painter, QPointF(r.right() - 14, r.y() + 15))


# -- files -------------------------------------------------------------------------------
