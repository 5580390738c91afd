"""Opening the application from the command line.

The core never imports the widget layer at import time; the window is
looked up by name only when the user asks for it."""

from __future__ import annotations

import importlib
import sys


def open_application(db_option: str | None) -> int:
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        print(f"planner: the application cannot start ({exc}). Is PySide6 installed?", file=sys.stderr)
        return 2
    return app.run(db_option)
