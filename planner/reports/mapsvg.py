"""The stakeholder map as SVG bytes in memory, drawn by the one map renderer
(planner/graph/render.py) with the report font available to Qt.

Threading: any thread; a QGuiApplication must exist (made when missing)."""

from __future__ import annotations

from typing import Any

from planner.graph.render import ensure_gui_app, render_map, scene_size
from planner.reports.fonts import register_with_qt


def scene_svg(scene: dict[str, Any]) -> tuple[bytes, float, float]:
    """(SVG bytes, width, height in scene pixels)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    ensure_gui_app()
    register_with_qt()
    _, width, height, _ = scene_size(scene)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setResolution(96)
    gen.setSize(QSize(round(width), round(height)))
    gen.setViewBox(QRectF(0, 0, width, height))
    gen.setTitle(scene["title"])
    painter = QPainter()
    if not painter.begin(gen):
        raise RuntimeError("could not draw the stakeholder map")
    render_map(scene, painter, QRectF(0, 0, width, height))
    painter.end()
    buf.close()
    return bytes(data.data()), width, height
