"""Fonts shipped with the application (``resources/fonts/``).

The packaged app must show and print Chinese on a machine that has no CJK
font installed, so it may carry one (packaging/build.py adds one to the
bundle when ``resources/fonts/`` holds none). :func:`register_bundled_fonts`
hands every font file in that folder to Qt once a QGuiApplication exists.
When the system has no Chinese font, the Chinese-capable bundled ones also
become the fallback (font substitutes) of the default UI family and of the
Latin families the map and PDF renderers ask for; where the system has one,
it keeps rendering Chinese as before. QtGui only (the core may use it).

Threading: call on the GUI thread after the QGuiApplication is made.
"""

from __future__ import annotations

from pathlib import Path

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".otc"}

#: families the widgets and renderers (planner/graph/draw.py) ask for that have no Chinese
LATIN_FAMILIES = ("Sans Serif", "sans-serif", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial",
                  "DejaVu Sans", ".AppleSystemUIFont")

_registered: dict[str, list[str]] = {}  # folder -> families registered from it


def register_bundled_fonts(folder: Path = FONTS, fallback: bool | None = None) -> list[str]:
    """Register the font files in ``folder`` with Qt (once per folder) and
    return their family names; an empty list when there is no such folder.
    ``fallback``: make the Chinese ones substitutes of the Latin families;
    None = only when the system has no Chinese font of its own."""
    key = str(folder)
    if key in _registered:
        return _registered[key]
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES) if folder.is_dir() else []
    _registered[key] = families = []
    if not files:
        return families
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    if fallback is None:  # asked before ours are added
        fallback = not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    chinese = [f for f in families
               if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)]
    if chinese and fallback:
        app = QGuiApplication.instance()
        asked = {app.font().family()} if app is not None else set()
        asked.update(LATIN_FAMILIES)
        for family in asked - set(chinese):
            QFont.insertSubstitutions(family, [*QFont.substitutes(family), *chinese])
    return families


_matplotlib_done: set[str] = set()


def register_matplotlib_fonts(folder: Path = FONTS) -> None:
    """Hand the bundled fonts to matplotlib too (it has its own font list and
    never sees Qt's), once per folder; charts then find them by family name.
    Call only where matplotlib is used anyway (it is a heavy import)."""
    if str(folder) in _matplotlib_done:
        return
    _matplotlib_done.add(str(folder))
    if not folder.is_dir():
        return
    from matplotlib import font_manager

    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            try:
                font_manager.fontManager.addfont(str(path))
            except (OSError, RuntimeError, ValueError):
                pass  # a font matplotlib cannot read: Qt may still use it
