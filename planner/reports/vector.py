"""Vector graphics into the PDF: a reportlab Drawing (matplotlib charts,
see :mod:`planner.reports.figure_drawing`) or a replayable drawing with
``draw_on(canvas)`` (the stakeholder map, :mod:`planner.reports.qtsvg`),
scaled and optionally clipped to a tile. Nothing is rasterised."""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Flowable


def figure_drawing(fig: Any) -> Drawing:
    """A matplotlib figure as vectors (text stays text, in the report font)."""
    from planner.reports.figure_drawing import figure_drawing as draw

    return draw(fig)


class Vector(Flowable):
    """A Drawing scaled to ``width`` (and at most ``max_height``); with
    ``clip`` = (x, y, w, h) in drawing units, only that part, scaled to fill."""

    def __init__(self, drawing: Drawing, width: float, max_height: float | None = None,
                 clip: tuple[float, float, float, float] | None = None, frame: bool = False) -> None:
        super().__init__()
        self.drawing, self.clip, self.frame = drawing, clip, frame
        cx, cy, cw, ch = clip or (0, 0, drawing.width, drawing.height)
        self.src = (cx, cy, cw, ch)
        scale = width / cw
        if max_height is not None and ch * scale > max_height:
            scale = max_height / ch
        self.scale = scale
        self.width, self.height = cw * scale, ch * scale

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if getattr(getattr(canv, "_doctemplate", None), "current_pass", 0) == 1:
            return  # the first pass only lays out (TOC, page count): skip the costly vectors
        cx, cy, cw, ch = self.src
        canv.saveState()
        if self.clip:
            path = canv.beginPath()
            path.rect(0, 0, self.width, self.height)
            canv.clipPath(path, stroke=0, fill=0)
        canv.scale(self.scale, self.scale)
        canv.translate(-cx, -cy)
        if hasattr(self.drawing, "draw_on"):
            self.drawing.draw_on(canv)
        else:
            renderPDF.draw(self.drawing, canv, 0, 0)
        canv.restoreState()
        if self.frame:
            canv.saveState()
            canv.setStrokeColorRGB(0.79, 0.82, 0.86)
            canv.setLineWidth(0.5)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            canv.restoreState()
