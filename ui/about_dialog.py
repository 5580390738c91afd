"""Help → About: name, version, where the data lives (to find backups or
tell support), and the versions of the parts the app is built on."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout)

from planner import APP_NAME, __version__
from planner.store.paths import data_dir
from ui.app_icon import app_icon


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.db_path, self.data_dir = Path(db_path), data_dir()

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version.setObjectName("aboutVersion")
        blurb = QLabel(self.tr("Offline key-account planning for field sales."))
        heading = QVBoxLayout()
        for w in (title, self.version, blurb):
            heading.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
                ("database", self.tr("Database"), str(self.db_path)),
                ("data", self.tr("Data folder"), str(self.data_dir)),
                ("built", self.tr("Built with"), self.built_with())):
            shown = QLabel(value)
            shown.setObjectName(f"about_{key}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = shown
            form.addRow(label, shown)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.setObjectName("aboutOpenFolder")
        self.open_folder.clicked.connect(self.show_data_folder)
        copy = QPushButton(self.tr("Copy details"))
        copy.setObjectName("aboutCopy")
        copy.setToolTip(self.tr("Copy version and paths, e.g. for a support request"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details()))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def built_with() -> str:
        frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
        return (f"Python {platform.python_version()}{frozen}, Qt {qVersion()}, "
                f"PySide6 {PYSIDE_VERSION}, {platform.system()} {platform.machine()}")

    def details(self) -> str:
        """Plain text for the clipboard (not translated: support reads it)."""
        return (f"{APP_NAME} {__version__}\nDatabase: {self.db_path}\n"
                f"Data folder: {self.data_dir}\nBuilt with: {self.built_with()}\n")

    def show_data_folder(self) -> None:
        folder = self.db_path.parent if self.db_path.parent.is_dir() else self.data_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
