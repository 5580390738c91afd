"""The application's icon (resources/icons/app.svg), for windows and dialogs.

The SVG is drawn by Qt at whatever size a window manager or dialog asks for;
installers get PNG/ICO/ICNS renderings made by packaging/make_icons.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app.svg"


def app_icon() -> QIcon:
    """The icon; an empty QIcon when the file is missing (never an error)."""
    return QIcon(str(ICON)) if ICON.is_file() else QIcon()
