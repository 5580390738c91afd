"""Offline key-account planner: the core (no widgets).

Everything that works without a window lives here: the data model, the local
store, the services every write goes through, sync primitives and the command
line. ``ui`` builds on this package; this package never imports ``ui`` or
``PySide6.QtWidgets``.
"""

__version__ = "0.1.0"
APP_NAME = "Key Account Planner"
APP_ID = "key-account-planner"
