"""A fast, exact reader of the SVG that Qt's QSvgGenerator writes (the
stakeholder map), replayed as vector operations on a reportlab canvas.

Why not a general SVG library (svglib, as once tried): it resolves CSS per
node and takes seconds for a 150-person map (1 MB of SVG); Qt's output is a
small, fixed dialect (flat groups carrying the pen, brush, font and a
matrix; path with M/L/C/Q/Z, rect, circle, polyline, polygon, text), read
here in tens of milliseconds and replayed per page (tiles replay it
clipped). Hatched brushes (Qt patterns) become a translucent fill of the
pattern colour.

Parsed with the standard library's ElementTree (expat): the SVG is our own
output, and a document declaring entities is refused anyway (expat never
fetches external ones; refusing declarations rules out entity expansion).
"""

from __future__ import annotations

import re
from typing import Any

from xml.etree import ElementTree

from planner.reports.fonts import FONT, register

_NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH = re.compile(r"([MLCQZHVmlcqzhv])([^MLCQZHVmlcqzhv]*)")
_PATTERN = re.compile(r"url\(#fillpattern\d+_([0-9a-fA-F]{6})\)")
_CAPS = {"flat": 0, "butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def _colour(value: str | None) -> tuple[tuple[float, float, float] | None, float]:
    """(rgb or None for none, alpha multiplier)."""
    if not value or value == "none":
        return None, 1.0
    m = _PATTERN.match(value)
    if m:
        h = m.group(1)
        return (int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255), 0.35
    if value.startswith("#") and len(value) == 7:
        return (int(value[1:3], 16) / 255, int(value[3:5], 16) / 255, int(value[5:7], 16) / 255), 1.0
    return (0.0, 0.0, 0.0), 1.0


def _nums(text: str) -> list[float]:
    return [float(x) for x in _NUM.findall(text)]


def _path_ops(d: str) -> list[tuple]:
    ops: list[tuple] = []
    x = y = 0.0
    for cmd, args in _PATH.findall(d):
        v = _nums(args)
        rel = cmd.islower()
        c = cmd.upper()
        if c == "Z":
            ops.append(("Z",))
            continue
        step = {"M": 2, "L": 2, "C": 6, "Q": 4, "H": 1, "V": 1}[c]
        for i in range(0, len(v) - step + 1, step):
            a = v[i:i + step]
            if c in "ML":
                nx, ny = (x + a[0], y + a[1]) if rel else (a[0], a[1])
                ops.append(("M" if c == "M" and i == 0 else "L", nx, ny))
                x, y = nx, ny
            elif c == "H":
                x = x + a[0] if rel else a[0]
                ops.append(("L", x, y))
            elif c == "V":
                y = y + a[0] if rel else a[0]
                ops.append(("L", x, y))
            elif c == "C":
                pts = [(x + a[k], y + a[k + 1]) if rel else (a[k], a[k + 1]) for k in (0, 2, 4)]
                ops.append(("C", *pts[0], *pts[1], *pts[2]))
                x, y = pts[2]
            else:  # Q -> cubic
                qx, qy, ex, ey = (x + a[0], y + a[1], x + a[2], y + a[3]) if rel else a
                ops.append(("C", x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                            ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey))
                x, y = ex, ey
    return ops


def _local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def _parse(svg: bytes | str):
    if isinstance(svg, str):
        svg = svg.encode("utf-8")
    if b"<!ENTITY" in svg:
        raise ValueError("the map SVG declares entities; not reading it")
    return ElementTree.fromstring(svg)


class QtSvgDrawing:
    """The parsed drawing; ``width``/``height`` in SVG units (y up for clips)."""

    def __init__(self, svg: bytes | str) -> None:
        register()
        root = _parse(svg)
        vb = _nums(root.get("viewBox", "0 0 100 100"))
        self.width, self.height = vb[2], vb[3]
        self.items: list[tuple[dict[str, Any], list[tuple]]] = []
        for g in root.iter():
            if _local(g.tag) != "g":
                continue
            shapes = [el for el in g if _local(el.tag) != "g"]
            if shapes:
                self.items.append((self._style(g), [s for s in map(self._shape, shapes) if s]))

    @staticmethod
    def _style(g) -> dict[str, Any]:
        fill, fill_a = _colour(g.get("fill"))
        stroke, stroke_a = _colour(g.get("stroke"))
        m = _nums(g.get("transform", "")) or [1, 0, 0, 1, 0, 0]
        dash = g.get("stroke-dasharray")
        return {
            "fill": fill, "fill_alpha": float(g.get("fill-opacity", 1)) * fill_a,
            "stroke": stroke, "stroke_alpha": float(g.get("stroke-opacity", 1)) * stroke_a,
            "width": float(g.get("stroke-width", 1)), "matrix": m,
            "cap": _CAPS.get(g.get("stroke-linecap", "square"), 2),
            "join": _JOINS.get(g.get("stroke-linejoin", "bevel"), 2),
            "dash": _nums(dash) if dash and dash != "none" else None,
            "even_odd": g.get("fill-rule", "evenodd") == "evenodd",
            "font_size": float(g.get("font-size", 12)),
            "bold": g.get("font-weight", "400") in ("bold", "600", "700", "800", "900"),
        }

    @staticmethod
    def _shape(el) -> tuple | None:
        tag = _local(el.tag)
        own_fill = el.get("fill")
        if tag == "path":
            return ("path", _path_ops(el.get("d", "")), own_fill, el.get("fill-rule"))
        if tag in ("polyline", "polygon"):
            v = _nums(el.get("points", ""))
            ops = [("M" if i == 0 else "L", v[i], v[i + 1]) for i in range(0, len(v) - 1, 2)]
            if tag == "polygon":
                ops.append(("Z",))
            return ("path", ops, own_fill, el.get("fill-rule"))
        if tag == "rect":
            if el.get("mask"):
                return None
            return ("rect", float(el.get("x", 0)), float(el.get("y", 0)), float(el.get("width", 0)),
                    float(el.get("height", 0)), own_fill)
        if tag == "circle":
            return ("circle", float(el.get("cx", 0)), float(el.get("cy", 0)), float(el.get("r", 0)), own_fill)
        if tag == "text":
            text = "".join(el.itertext())
            if not text.strip():
                return None
            fill, alpha = _colour(el.get("fill"))
            size = el.get("font-size")
            return ("text", float(el.get("x", 0)), float(el.get("y", 0)), text, fill,
                    float(size) if size else None, el.get("font-weight"))
        return None

    # -- replay --------------------------------------------------------------------------
    def draw_on(self, canv) -> None:
        canv.saveState()
        canv.translate(0, self.height)
        canv.scale(1, -1)  # SVG coordinates from here on
        for style, shapes in self.items:
            canv.saveState()
            canv.transform(*style["matrix"])
            canv.setLineWidth(style["width"])
            canv.setLineCap(style["cap"])
            canv.setLineJoin(style["join"])
            canv.setDash(style["dash"] or [])
            if style["stroke"]:
                canv.setStrokeColorRGB(*style["stroke"], alpha=style["stroke_alpha"])
            for shape in shapes:
                self._draw(canv, style, shape)
            canv.restoreState()
        canv.restoreState()

    def _fill(self, canv, style, own: str | None) -> bool:
        if own is not None:
            rgb, alpha = _colour(own)
            if rgb is None:
                return False
            canv.setFillColorRGB(*rgb, alpha=alpha * style["fill_alpha"])
            return True
        if style["fill"] is None:
            return False
        canv.setFillColorRGB(*style["fill"], alpha=style["fill_alpha"])
        return True

    def _draw(self, canv, style, shape) -> None:
        kind = shape[0]
        stroke = 1 if style["stroke"] else 0
        if kind == "text":
            _, x, y, text, rgb, size, weight = shape
            size = size or style["font_size"]
            canv.saveState()
            canv.setFillColorRGB(*(rgb or (0, 0, 0)))
            canv.translate(x, y)
            canv.scale(1, -1)
            t = canv.beginText(0, 0)
            t.setFont(FONT, size)
            if (weight or "") in ("bold", "600", "700", "800", "900") or (weight is None and style["bold"]):
                canv.setStrokeColorRGB(*(rgb or (0, 0, 0)))
                canv.setLineWidth(size * 0.018)  # fake bold: fill and a hairline stroke
                t.setTextRenderMode(2)
            t.textOut(text)
            canv.drawText(t)
            canv.restoreState()
            return
        fill = 1 if self._fill(canv, style, shape[-1] if kind != "path" else shape[2]) else 0
        if not fill and not stroke:
            return
        if kind == "rect":
            _, x, y, w, h, _ = shape
            canv.rect(x, y, w, h, stroke=stroke, fill=fill)
        elif kind == "circle":
            _, cx, cy, r, _ = shape
            canv.circle(cx, cy, r, stroke=stroke, fill=fill)
        else:
            _, ops, _, rule = shape
            p = canv.beginPath()
            for op in ops:
                if op[0] == "M":
                    p.moveTo(op[1], op[2])
                elif op[0] == "L":
                    p.lineTo(op[1], op[2])
                elif op[0] == "C":
                    p.curveTo(*op[1:])
                else:
                    p.close()
            even_odd = (rule or ("evenodd" if style["even_odd"] else "nonzero")) == "evenodd"
            canv.drawPath(p, stroke=stroke, fill=fill, fillMode=0 if even_odd else 1)
