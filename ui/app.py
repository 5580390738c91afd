"""Starting the application.

Start-up paints a light frame first (Qt only, before the data model and
SQLAlchemy are even imported), then opens the database and puts the real
window in the frame's place: the rep sees the window at once, even on a
slow laptop with a big database."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from planner import APP_ID, APP_NAME, __version__
from planner.fonts import register_bundled_fonts
from ui import i18n, settings
from ui.app_icon import app_icon
from ui.startup_frame import StartupFrame

_T0 = time.perf_counter()


class _FirstPaint(QObject):
    """Reports a window's first paint (start-up benchmark, with
    PLANNER_BENCH=1) and optionally quits right after it."""

    def __init__(self, mark: str, quit_after: bool, parent=None) -> None:
        super().__init__(parent)
        self.mark, self.quit_after = mark, quit_after

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if os.environ.get("PLANNER_BENCH"):
                print(f"{self.mark} {time.perf_counter() - _T0:.3f}", file=sys.stderr, flush=True)
            if self.quit_after:
                QTimer.singleShot(0, QApplication.quit)
        return False


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # ties the window to key-account-planner.desktop (Linux)
    app.setWindowIcon(app_icon())
    register_bundled_fonts()  # resources/fonts/: Chinese without a system CJK font
    return app


def run(db_option: str | None = None, exit_after_first_paint: bool = False) -> int:
    app = make_application()
    i18n.install(settings.language())
    frame = StartupFrame()
    frame.installEventFilter(_FirstPaint("first-paint", False, frame))
    frame.show()
    holder: dict = {}

    def open_database() -> None:  # after the frame is on screen
        from planner.store.paths import startup_database
        from ui.controller import AppController

        controller = holder["controller"] = AppController()
        path, demo = startup_database(db_option)
        # a path the rep typed (--db) must be in a folder that exists: a typo
        # does not start an empty database elsewhere (the data folder is made)
        if not controller.open(path, demo, frame=frame, create_folder=not db_option):
            frame.close()
            app.exit(2)
            return
        controller.window.installEventFilter(_FirstPaint("window-paint", exit_after_first_paint,
                                                         controller.window))

    frame.painted.connect(lambda: QTimer.singleShot(0, open_database), type=Qt.ConnectionType.SingleShotConnection)
    code = app.exec()
    if "controller" in holder:
        holder["controller"].shutdown()
    return code
