"""The frozen application's entry point (PyInstaller's script).

Runs the same ``planner`` command line as ``python -m planner``: no command
opens the window. Three switches by environment variable exist for the smoke
test and the start-up benchmark (packaging/smoke_test.py, bench/frozen_start.py);
people never need them:

- ``PLANNER_SELF_CHECK=1``: import every module of ``planner`` and ``ui`` (so
  nothing the spec leaves out is missed by a lazily loaded feature) and
  exercise what the app only loads lazily
  (the force layout of a 600-person map, SVG output; with ``--db``
  the portfolio's Pareto chart in Chinese, matplotlib); prints ``self-check ok``.
- ``PLANNER_EXIT_AFTER_FIRST_PAINT=1`` (with no command): open the window,
  quit after its first paint (``ui.app.run(db, exit_after_first_paint=True)``).
- ``PLANNER_SCREENSHOT=DIR``: open the window, save ``window.png``,
  ``about.png`` and the window icon as ``icon.png`` into DIR, quit.
"""

import os
import sys


def import_everything() -> None:
    """Import each module of planner and ui (features load theirs lazily)."""
    import importlib
    import pkgutil

    import planner
    import ui

    for package in (planner, ui):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.endswith(".__main__"):  # that one runs the program
                importlib.import_module(info.name)


def self_check(db: str | None) -> int:
    import networkx as nx

    from planner.graph.layout import force_layout
    from planner.graph.render import ensure_gui_app

    ensure_gui_app()
    import_everything()
    people = [f"p{i}" for i in range(600)]  # >= 500: where networkx would need scipy
    influence = nx.DiGraph()
    influence.add_edges_from(((people[i], people[(i * 7 + 1) % 600]) for i in range(600)), strength=2)
    assert len(force_layout(people, influence).positions) == 600
    from PySide6.QtSvg import QSvgGenerator  # noqa: F401 (map export as SVG)
    pdf_preview()
    if db:
        pareto_chart(db)
    print("self-check ok")
    return 0


def pdf_preview() -> None:
    """A page of a reportlab PDF rendered by pypdfium2 (the export dialog's
    preview): the library loads and draws."""
    import io

    import pypdfium2
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(200, 100))
    page.rect(20, 20, 160, 60, fill=1)
    page.save()
    image = pypdfium2.PdfDocument(buffer.getvalue())[0].render(scale=1).to_pil()
    assert image.size == (200, 100) and image.convert("L").getpixel((100, 50)) < 50, image.size


def pareto_chart(db: str) -> None:
    """The portfolio's Pareto chart (matplotlib) in Chinese, beside ``db`` as
    pareto-zh.png: fails when a glyph is missing (no usable CJK font)."""
    import warnings
    from pathlib import Path

    import matplotlib.backends.backend_qtagg  # noqa: F401 (the portfolio dialog's canvas)

    from planner.plan.portfolio import portfolio, save_pareto_png
    from planner.store import open_database

    database = open_database(Path(db))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            save_pareto_png(portfolio(database), str(Path(db).with_name("pareto-zh.png")), "zh")
    finally:
        database.close()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing[:3]


def db_option(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg[5:]
    return None


def screenshots(db: str | None, folder: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui import app as app_module
    from ui.about_dialog import AboutDialog

    app = app_module.make_application()
    seen: list[int] = []

    def shoot() -> None:  # once the full window (after the start-up frame) has been up a moment
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        seen.append(bool(windows))
        if sum(seen) < 3 and len(seen) < 120:
            return
        app.windowIcon().pixmap(128, 128).save(os.path.join(folder, "icon.png"))  # what the WM gets
        for window in windows:
            window.grab().save(os.path.join(folder, "window.png"))
            tabs = getattr(getattr(window, "page", None), "tabs", None)
            if tabs is not None and tabs.count() > 1:  # the stakeholder map
                tabs.setCurrentIndex(1)
                QApplication.processEvents()
                window.grab().save(os.path.join(folder, "tab2.png"))
                tabs.setCurrentIndex(0)
            about = AboutDialog(window.session.db.path, window)
            about.show()
            about.grab().save(os.path.join(folder, "about.png"))
            about.close()
        app.quit()

    timer = QTimer(app)
    timer.timeout.connect(shoot)
    timer.start(250)
    return app_module.run(db)


def opens_window(argv: list[str]) -> bool:
    """No command, at most ``--db PATH``: the window, as ``planner.cli.main``
    would open it, but without first importing every command module (they pull
    in SQLAlchemy before the start-up frame could be painted)."""
    return argv == [] or (len(argv) == 2 and argv[0] == "--db") or (
        len(argv) == 1 and argv[0].startswith("--db="))


if __name__ == "__main__":
    args = sys.argv[1:]
    if os.environ.get("PLANNER_SELF_CHECK") == "1":
        sys.exit(self_check(db_option(args)))
    if os.environ.get("PLANNER_SCREENSHOT"):
        sys.exit(screenshots(db_option(args), os.environ["PLANNER_SCREENSHOT"]))
    if opens_window(args):
        from ui.app import run

        sys.exit(run(db_option(args), exit_after_first_paint=os.environ.get("PLANNER_EXIT_AFTER_FIRST_PAINT") == "1"))
    from planner.cli.main import main

    sys.exit(main())
