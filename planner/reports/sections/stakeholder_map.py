"""The stakeholder map as vector graphics on a landscape page: A4 when it
stays readable there, else A3, else tiled over several A3 pages after an
overview of the whole map."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.mapsvg import scene_svg
from planner.reports.qtsvg import QtSvgDrawing
from planner.reports.vector import Vector
from planner.reports.wording import w

NEW_PAGE = False  # it chooses its own page size
#: the map's smallest text (card titles, 11.5 px) printed at least this big
MIN_TEXT_PT = 5.6
SMALLEST_PX = 11.5
HEADING_SPACE = 16 * mm
OVERLAP = 0.04


def _frame(size) -> tuple[float, float]:
    return size[0] - 28 * mm, size[1] - st.MARGIN_TOP - st.MARGIN_BOTTOM - HEADING_SPACE


def build(data, lang, options):
    scene = data.extra.get("scene")
    title = w("map", lang)
    if not scene or not scene["people"]:
        return [PageBreak(), heading(title), st.para(w("map_empty", lang), "muted")]
    svg, _, _ = scene_svg(scene)
    drawing = QtSvgDrawing(svg)
    dw, dh = drawing.width, drawing.height
    need = MIN_TEXT_PT / SMALLEST_PX  # minimum scale (scene px -> page pt)
    for template, size in (("map_small", st.MAP_PAGE_SMALL), ("map", st.MAP_PAGE)):
        fw, fh = _frame(size)
        if min(fw / dw, fh / dh) >= need:
            return [NextPageTemplate(template), PageBreak(), heading(title),
                    Vector(drawing, fw, fh), NextPageTemplate("body")]
    fw, fh = _frame(st.MAP_PAGE)
    cols = max(1, math.ceil(dw * need / fw))
    rows = max(1, math.ceil(dh * need / fh))
    n = cols * rows
    out = [NextPageTemplate("map"), PageBreak(), heading(title),
           st.para(w("map_tiled", lang, n=n), "muted"), Vector(drawing, fw, fh - 8 * mm, frame=True)]
    tw, th = dw / cols, dh / rows
    i = 0
    for r in range(rows):  # top row first (drawing y grows upward)
        for c in range(cols):
            i += 1
            x0 = max(0.0, c * tw - OVERLAP * tw)
            y0 = max(0.0, dh - (r + 1) * th - OVERLAP * th)
            x1 = min(dw, (c + 1) * tw + OVERLAP * tw)
            y1 = min(dh, dh - r * th + OVERLAP * th)
            out += [PageBreak(), heading(w("map_part", lang, i=i, n=n), level=1),
                    Vector(drawing, fw, fh, clip=(x0, y0, x1 - x0, y1 - y0))]
    out.append(NextPageTemplate("body"))
    return out
