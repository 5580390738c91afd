"""A matplotlib figure drawn straight into a reportlab Drawing: vectors,
with every word real text in the report font (selectable, searchable,
Chinese included). No SVG on the way, so no SVG reader to ship.

Used as a matplotlib backend for saving only::

    out = []
    fig.savefig(out, format="drawing", backend="module://planner.reports.figure_drawing",
                dpi=72, transparent=True)
    drawing = out[0]

At 72 dpi matplotlib's display units are points, the PDF's units.
Paths (bars, lines, spines, ticks, legend boxes and their rounded frames)
become reportlab Paths with their fill, stroke, alpha, dashes, caps and
joins; clip rectangles and clip paths become clipping groups; text becomes
a String placed the way matplotlib's own SVG writer places it (the anchor
point and horizontal alignment, so the text stays aligned even though the
report font measures a little differently). Markers and collections use
matplotlib's generic fallbacks (one path each). Images and Gouraud shading
are not drawn (no chart of ours uses them); maths text is drawn as outlines.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from matplotlib.backend_bases import FigureCanvasBase, RendererBase
from matplotlib.path import Path as MplPath
from reportlab.graphics.shapes import FILL_NON_ZERO, Drawing, Group, Path, String
from reportlab.lib.colors import Color

from planner.reports.fonts import FONT, register

_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_ANCHOR = {"left": "start", "center": "middle", "right": "end"}


def _rl_path(path: MplPath, transform: Any, clip: tuple | None = None, simplify: bool | None = None) -> Path:
    """matplotlib path (through ``transform``) as a reportlab Path."""
    out = Path(fillMode=FILL_NON_ZERO, autoclose="svg")  # fills close, strokes stay open
    x0 = y0 = 0.0
    for points, code in path.iter_segments(transform, remove_nans=True, clip=clip, simplify=simplify,
                                           curves=True):
        if code == MplPath.MOVETO:
            x0, y0 = points
            out.moveTo(x0, y0)
        elif code == MplPath.LINETO:
            x0, y0 = points
            out.lineTo(x0, y0)
        elif code == MplPath.CURVE4:
            out.curveTo(*points)
            x0, y0 = points[4], points[5]
        elif code == MplPath.CURVE3:  # quadratic: the equivalent cubic
            qx, qy, ex, ey = points
            out.curveTo(x0 + 2 / 3 * (qx - x0), y0 + 2 / 3 * (qy - y0),
                        ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey)
            x0, y0 = ex, ey
        elif code == MplPath.CLOSEPOLY:
            out.closePath()
    return out


class RendererDrawing(RendererBase):
    """Draws into ``self.drawing`` (width × height points)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        register()
        self.width, self.height = width, height
        self.drawing = Drawing(width, height)
        self._clip_key: Any = None
        self._target: Drawing | Group = self.drawing

    # -- what matplotlib asks of every renderer ---------------------------------------
    def flipy(self) -> bool:
        return False  # y up, as in PDF

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points):
        return points  # 72 dpi: a pixel is a point

    def get_text_width_height_descent(self, s, prop, ismath):
        # unhinted outline metrics, as matplotlib's SVG and PDF writers measure (the layout
        # then matches theirs; the base class measures hinted bitmaps for screens)
        return self._text2path.get_text_width_height_descent(s, prop, ismath)

    # -- clipping ---------------------------------------------------------------------
    def _into(self, gc) -> Drawing | Group:
        """The group the next shape goes into: one clipping group per run of
        shapes sharing a clip rectangle and clip path."""
        rect = gc.get_clip_rectangle()
        cpath, ctrans = gc.get_clip_path()
        key = (tuple(np.round(rect.bounds, 3)) if rect is not None else None,
               (id(cpath), str(ctrans)) if cpath is not None else None)
        if key == self._clip_key:
            return self._target
        self._clip_key = key
        if key == (None, None):
            self._target = self.drawing
            return self._target
        group = Group()
        if rect is not None:
            x, y, w, h = rect.bounds
            clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
            clip.moveTo(x, y)
            clip.lineTo(x + w, y)
            clip.lineTo(x + w, y + h)
            clip.lineTo(x, y + h)
            clip.closePath()
            group.add(clip)
        if cpath is not None:
            tpath, affine = cpath.get_transformed_path_and_affine()
            clip = _rl_path(tpath, affine)
            clip.isClipPath, clip.fillColor, clip.strokeColor = 1, None, None
            group.add(clip)
        self.drawing.add(group)
        self._target = group
        return group

    # -- shapes -----------------------------------------------------------------------
    def draw_path(self, gc, path, transform, rgbFace=None):
        lw = gc.get_linewidth()
        stroke = lw > 0 and gc.get_rgb()[3] > 0
        forced = gc.get_forced_alpha()
        fill = rgbFace is not None and (forced or len(rgbFace) < 4 or rgbFace[3] > 0)
        if gc.get_hatch() is not None and rgbFace is None:
            fill = False  # hatching is not drawn (none of our charts uses it)
        if not (fill or stroke):
            return
        clip = None if fill else (0.0, 0.0, self.width, self.height)
        shape = _rl_path(path, transform, clip=clip, simplify=path.should_simplify and not fill)
        if fill:
            alpha = gc.get_alpha() if forced else (rgbFace[3] if len(rgbFace) > 3 else 1.0)
            shape.fillColor = Color(*rgbFace[:3])
            shape.fillOpacity = alpha
        else:
            shape.fillColor = None
        if stroke:
            r, g, b, a = gc.get_rgb()
            shape.strokeColor = Color(r, g, b)
            shape.strokeOpacity = a
            shape.strokeWidth = lw
            shape.strokeLineCap = _CAPS.get(gc.get_capstyle(), 0)
            shape.strokeLineJoin = _JOINS.get(gc.get_joinstyle(), 0)
            offset, dashes = gc.get_dashes()
            if dashes is not None and len(dashes):
                shape.strokeDashArray = (offset or 0, [float(d) for d in dashes])
        else:
            shape.strokeColor = None
        self._into(gc).add(shape)

    def draw_image(self, gc, x, y, im):
        pass  # no chart of ours draws images

    # -- text -------------------------------------------------------------------------
    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:  # $...$ maths: matplotlib's own outlines
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        if not s.strip():
            return
        r, g, b, a = gc.get_rgb()
        alpha = gc.get_alpha() if gc.get_forced_alpha() else a
        anchor = "start"
        if mtext is not None and (angle == 0 or mtext.get_rotation_mode() == "anchor"):
            # as matplotlib's SVG writer: the anchor point with the horizontal
            # alignment, moved by matplotlib's vertical layout (baseline)
            ax, ay = mtext.get_transform().transform(mtext.get_unitless_position())
            rad = math.radians(angle)
            up = (-math.sin(rad), math.cos(rad))
            offset = up[0] * (x - ax) + up[1] * (y - ay)
            x, y = ax + offset * up[0], ay + offset * up[1]
            anchor = _ANCHOR.get(mtext.get_horizontalalignment(), "start")
        text = String(0, 0, s, fontName=FONT, fontSize=prop.get_size_in_points(),
                      fillColor=Color(r, g, b, alpha=alpha), textAnchor=anchor)
        group = Group(text)
        group.translate(x, y)
        if angle:
            group.rotate(angle)
        self._into(gc).add(group)


class FigureCanvasDrawing(FigureCanvasBase):
    filetypes = {"drawing": "reportlab Drawing"}
    fixed_dpi = 72

    def get_default_filetype(self) -> str:
        return "drawing"  # the layout engines then measure text with this renderer too

    def print_drawing(self, sink, **_kwargs) -> None:
        """Draw the figure; the Drawing is appended to ``sink`` (a list)."""
        fig = self.figure
        renderer = RendererDrawing(fig.bbox.width, fig.bbox.height)
        fig.draw(renderer)
        if isinstance(sink, list):
            sink.append(renderer.drawing)


FigureCanvas = FigureCanvasDrawing


def figure_drawing(fig: Any) -> Drawing:
    """A matplotlib figure as a reportlab Drawing in points (transparent
    background, text as text in the report font)."""
    out: list[Drawing] = []
    fig.savefig(out, format="drawing", backend=f"module://{__name__}", dpi=72, transparent=True)
    return out[0]
