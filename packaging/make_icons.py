"""Render the application icon (resources/icons/app.svg) for the installers.

    python packaging/make_icons.py [OUT_DIR]      # default: build/icons

Writes ``app-16.png`` … ``app-1024.png`` (Linux .desktop / hicolor theme),
``app.ico`` (Windows: 16-256 px in one file, needs Pillow) and ``app.icns``
(macOS, needs Pillow; on a Mac ``iconutil`` also works, see packaging/README.md).
The SVG is rendered with Qt's own SVG renderer (QtSvg), offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"app-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written[size] = path
    return written


def write_ico_icns(pngs: dict[int, Path], out: Path) -> list[Path]:
    try:
        from PIL import Image
    except ImportError:
        print("make_icons: Pillow is not installed; no app.ico / app.icns", file=sys.stderr)
        return []
    big = Image.open(pngs[1024])
    ico = out / "app.ico"
    big.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    icns = out / "app.icns"
    Image.open(pngs[1024]).save(icns)  # Pillow writes 16…1024 px (with @2x) entries
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "build" / "icons"
    pngs = render_pngs(out)
    extra = write_ico_icns(pngs, out)
    for path in [*pngs.values(), *extra]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
