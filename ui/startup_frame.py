"""The frame shown while the database opens: Qt only, so it paints before
the data model is imported. The real window takes its place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from planner import APP_NAME
from ui import settings


class StartupFrame(QMainWindow):
    painted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("startupFrame")
        self.setWindowTitle(APP_NAME)
        label = QLabel(self.tr("Opening your accounts…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #777; font-size: 14px;")
        self.setCentralWidget(label)
        geometry = settings.settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self._painted = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
