"""Exporting the map as shown (overlays included) to PNG or SVG through
:func:`planner.graph.render.write_scene`, the renderer the command line and
the account plan use."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.graph.colours import colour_by
from planner.graph.render import write_scene


def ask_path(parent: QWidget, suggested: str) -> str:
    """The file to write (empty when cancelled); tests replace this."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MapExport", "Export the map"), suggested,
        QCoreApplication.translate("MapExport", "PNG image (*.png);;SVG drawing (*.svg)"))
    return path


def scene_as_shown(data: dict[str, Any], colour_mode: str, show_departments: bool) -> dict[str, Any]:
    """The scene with the view's overlays applied (card colours, areas)."""
    out = copy.deepcopy(data)
    out["colour_mode"] = colour_mode  # the legend follows the cards' colours
    if colour_mode != "attitude":
        for p in out["people"]:
            p["colour"] = colour_by(p, colour_mode)
            p["attitude_unconfirmed"] = False  # stripes would speak of the attitude
    if not show_departments:
        for d in out["departments"]:
            d["hidden"] = True
    return out


def export(data: dict[str, Any], path: str) -> bool:
    """Write the scene to ``path`` (a .png or .svg; .png when no suffix)."""
    target = Path(path)
    if target.suffix.lower() not in (".png", ".svg"):
        target = target.with_suffix(".png")
    return write_scene(data, target)
