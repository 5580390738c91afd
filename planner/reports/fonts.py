"""The one font of the reports: a TrueType CJK font with Latin glyphs,
embedded (subset) in every PDF so Chinese shows on any machine.

Where it comes from, first found wins:
1. ``$PLANNER_CJK_FONT`` (a .ttf/.ttc path, optionally ``path#index``);
2. ``resources/fonts/wqy-microhei.ttc`` shipped with the application
   (WenQuanYi Micro Hei, Apache-2.0; see resources/fonts/README.md);
3. known system fonts (Debian's WenQuanYi, Windows' Microsoft YaHei,
   macOS' STHeiti).
None found: :class:`FontMissing` says what to install. reportlab embeds
TrueType outlines only, so CFF fonts (Noto Sans CJK .otf) are not tried.

The font is registered once per process with reportlab (as :data:`FONT`),
as reportlab's default for canvases and drawings (the map reader and the
chart renderer draw every word with it) and, when a Qt application exists,
with Qt (so the map is measured with the same glyphs it is printed with).
Thread-safe (a lock around the first call).
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

from planner.services.errors import ServiceError

FONT = "PlannerSans"
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"
SYSTEM_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)

_lock = threading.Lock()
_registered: str | None = None


class FontMissing(ServiceError):
    pass


def candidates() -> list[tuple[Path, int]]:
    out = []
    env = os.environ.get("PLANNER_CJK_FONT")
    if env:
        path, _, index = env.partition("#")
        out.append((Path(path), int(index or 0)))
    out.append((SHIPPED, 0))
    out += [(Path(p), 0) for p in SYSTEM_CANDIDATES]
    return out


def font_file() -> tuple[Path, int]:
    """The font file (and face index in a collection) the reports use."""
    for path, index in candidates():
        if path.is_file():
            return path, index
    raise FontMissing(
        "no Chinese-capable TrueType font for PDF reports: reinstall the application "
        f"(it ships {SHIPPED.name}), install fonts-wqy-microhei, or set PLANNER_CJK_FONT "
        "to a .ttf/.ttc file")


def register() -> str:
    """Register the report font (once) and return its reportlab name."""
    global _registered
    with _lock:
        if _registered:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path, index = font_file()
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=index))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)  # <b>/<i> in paragraphs: same face
        from reportlab import rl_config

        from reportlab.graphics.shapes import STATE_DEFAULTS

        rl_config.canvas_basefontname = FONT  # no stray unembedded Helvetica in our PDFs
        STATE_DEFAULTS["fontName"] = FONT     # ... nor in drawings (map, charts)
        _registered = FONT
        return FONT


def register_with_qt() -> None:
    """Let Qt draw the map with the report font when it has no better CJK
    font (needs a QGuiApplication). Safe to call repeatedly."""
    global _qt_done
    if _qt_done:
        return
    from PySide6.QtGui import QFontDatabase

    path, _ = font_file()
    QFontDatabase.addApplicationFont(str(path))
    _qt_done = True


_qt_done = False


@lru_cache(maxsize=1)
def register_with_matplotlib() -> str:
    """Add the font to matplotlib; returns its family name."""
    from matplotlib import font_manager

    path, index = font_file()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()
