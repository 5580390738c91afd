"""The one renderer of the stakeholder map: QPainter onto any paint device
(a QImage for PNG, QSvgGenerator for SVG, QPdfWriter for PDF plans).

Uses QtGui only (never QtWidgets). ``render_map(scene, painter, rect)`` draws
``scene`` (from :func:`planner.graph.scene.scene_data`) scaled to fit ``rect``;
``export_map`` writes a file. Scene units are pixels at scale 1; fonts are
set in pixels so every device gets the same proportions.

Threading: QPainter on a QImage or a generator works on any thread; a
QGuiApplication must exist (``ensure_gui_app`` makes one, offscreen when
there is no display).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.graph import draw
from planner.graph.draw import AREA_TINTS, HEADER_H, MARGIN, font  # noqa: F401 (public)
from planner.graph.layout import CARD_H, CARD_W
from planner.services.errors import ValidationError
from planner.store.database import Database

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when
    there is no display on Linux). A process that will show widgets later
    must create its QApplication before calling this."""
    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "planner"])
    return app


def scene_size(scene: dict[str, Any]) -> tuple[QRectF, float, float, float]:
    """(bounding box of the drawing, full width, full height, header scale):
    the header grows with wide maps so the title stays readable."""
    rects = [QRectF(p["x"], p["y"], CARD_W, CARD_H) for p in scene["people"]]
    rects += [QRectF(d["x"], d["y"], d["w"], d["h"]) for d in scene["departments"] if not d["hidden"]]
    box = QRectF(rects[0]) if rects else QRectF(0, 0, CARD_W, CARD_H)
    for r in rects[1:]:
        box = box.united(r)
    k = min(max(box.width() / 1600.0, 1.0), 3.0)
    width = max(box.width() + 2 * MARGIN, 1180.0 * k)
    return box, width, box.height() + HEADER_H * k + 2 * MARGIN, k


# -- drawing -----------------------------------------------------------------------
def render_map(scene: dict[str, Any], painter: QPainter, rect: QRectF) -> None:
    """Draw the whole map (header, legend, areas, lines, cards) to fit ``rect``."""
    box, width, height, k = scene_size(scene)
    scale = min(rect.width() / width, rect.height() / height)
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.translate(rect.x() + (rect.width() - width * scale) / 2,
                      rect.y() + (rect.height() - height * scale) / 2)
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    painter.save()
    painter.scale(k, k)
    draw.header(scene, painter, width / k)
    painter.restore()
    painter.translate(MARGIN - box.x() + (width - 2 * MARGIN - box.width()) / 2,
                      HEADER_H * k + MARGIN - box.y())
    cards = {p["id"]: QRectF(p["x"], p["y"], CARD_W, CARD_H) for p in scene["people"]}
    areas = sorted((d for d in scene["departments"] if not d["hidden"]), key=lambda d: -d["w"] * d["h"])
    for i, d in enumerate(areas):
        draw.area(painter, d, QColor(AREA_TINTS[i % len(AREA_TINTS)]))
    routes = draw.route_lines(scene, cards, box)
    order = {"reports_to": 0, "informal": 1, "conflict": 2, "influences": 3}
    for ln in sorted(scene["lines"], key=lambda ln: (order.get(ln["kind"], 9), ln["id"])):
        if ln["id"] in routes:
            points, bend = routes[ln["id"]]
            draw.line(painter, ln, cards[ln["source"]], cards[ln["target"]], points=points, bend=bend)
    for p in scene["people"]:
        draw.card(painter, p, cards[p["id"]], scene["lang"], p.get("colour"))  # colour: an overlay
    painter.restore()


def export_map(db: Database, account_id: str, path: str | os.PathLike[str],
               opportunity_id: str | None = None, lang: str | None = None,
               include_left: bool = False, today: date | None = None) -> Path:
    """Write the account's map to ``path``: PNG, SVG or PDF by its suffix."""
    from planner.graph.scene import scene_data

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise ValidationError(f"cannot write {path.name}: choose a .png, .svg or .pdf file")
    scene = scene_data(db, account_id, opportunity_id, today, include_left, lang)
    ensure_gui_app()
    if not write_scene(scene, path):
        raise ValidationError(f"could not write {path}")
    return path


def write_scene(scene: dict[str, Any], path: Path) -> bool:
    """Draw ``scene`` into a PNG, SVG or PDF file (by suffix); False on failure."""
    suffix = path.suffix.lower()
    _, width, height, _ = scene_size(scene)
    painter = QPainter()
    if suffix == ".png":
        scale = min(2.0, 9000 / max(width, height), (36e6 / (width * height)) ** 0.5)  # <= 36 MP
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter.begin(image)
        render_map(scene, painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        ok = image.save(str(path), "PNG", 70)  # 70: fast, still well compressed
    elif suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setResolution(96)  # one scene pixel = one CSS pixel
        gen.setSize(QSize(round(width), round(height)))
        gen.setViewBox(QRectF(0, 0, width, height))
        gen.setTitle(scene["title"])
        gen.setDescription(scene["subtitle"])
        ok = painter.begin(gen)
        if ok:
            render_map(scene, painter, QRectF(0, 0, width, height))
            ok = painter.end()
    else:
        writer = QPdfWriter(str(path))
        writer.setTitle(scene["title"])
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape if width >= height
                                  else QPageLayout.Orientation.Portrait)
        ok = painter.begin(writer)
        if ok:
            render_map(scene, painter, QRectF(0, 0, writer.width(), writer.height()))
            ok = painter.end()
    return bool(ok)
