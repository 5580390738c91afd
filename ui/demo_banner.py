"""The bar that says the window shows demo data, with the way out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class DemoBanner(QFrame):
    start_empty = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet("#demoBanner { background: #fff4d6; border-bottom: 1px solid #e8c86a; }")
        label = QLabel(self.tr("<b>Demo data.</b> Explore freely: nothing here is real, "
                               "and your own data is kept in a separate database."))
        button = QPushButton(self.tr("Start my own database"))
        button.setObjectName("startEmpty")
        button.clicked.connect(self.start_empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(label, 1)
        layout.addWidget(button)
