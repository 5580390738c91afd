"""The map's toolbar: editing actions, automatic layout, overlays (decision
chain of an opportunity, colour by, what to hide), zoom and export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMenu, QToolBar, QToolButton, QWidget

from planner.graph.colours import ATTITUDE_COLOURS, IMPORTANCE_COLOURS, NEVER_MET, RECENCY_COLOURS
from planner import vocab


class MapToolbar(QToolBar):
    overlays_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapToolbar")
        self.lang = lang

        def act(text: str, name: str, shortcut: str | None = None, tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                tip = f"{tip or text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip or text)
            return action

        self.add = act(self.tr("Add person"), "mapAddPerson", None,
                       self.tr("Add a person (or double-click empty space)"))
        self.delete = act(self.tr("Delete"), "mapDelete", None, self.tr("Delete the selection (Del)"))
        self.addAction(self.add)
        self.addAction(self.delete)

        self.align_menu = QMenu(self)
        self.align_left = self.align_menu.addAction(self.tr("Align left edges"))
        self.align_top = self.align_menu.addAction(self.tr("Align top edges"))
        self.align_centre = self.align_menu.addAction(self.tr("Align centres"))
        self._menu_button(self.tr("Align"), self.align_menu, "mapAlign")

        self.layout_menu = QMenu(self)
        self.layout_org = self.layout_menu.addAction(self.tr("Org chart (reporting lines, departments)"))
        self.layout_force = self.layout_menu.addAction(self.tr("Clusters by influence"))
        self._menu_button(self.tr("Arrange"), self.layout_menu, "mapArrange")
        self.addSeparator()

        self.zoom_in = act(self.tr("Zoom in"), "mapZoomIn", "Ctrl+=")
        self.zoom_out = act(self.tr("Zoom out"), "mapZoomOut", "Ctrl+-")
        self.fit = act(self.tr("Fit"), "mapFit", "Ctrl+0", self.tr("Fit the map in the window (F)"))
        for a in (self.zoom_in, self.zoom_out, self.fit):
            self.addAction(a)
        self.addSeparator()

        self.addWidget(QLabel(self.tr("Decision chain:") + " "))
        self.opportunity = QComboBox()
        self.opportunity.setObjectName("mapOpportunity")
        self.opportunity.setMinimumContentsLength(14)
        self.opportunity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addWidget(self.opportunity)
        self.addWidget(QLabel("  " + self.tr("Colour by:") + " "))
        self.colour = QComboBox()
        self.colour.setObjectName("mapColourBy")
        self.colour.addItem(self.tr("Attitude"), "attitude")
        self.colour.addItem(self.tr("Days since last contact"), "recency")
        self.colour.addItem(self.tr("Importance"), "importance")
        self.addWidget(self.colour)
        self.departments = QCheckBox(self.tr("Departments"))
        self.departments.setObjectName("mapShowDepartments")
        self.departments.setChecked(True)
        self.left = QCheckBox(self.tr("People who left"))
        self.left.setObjectName("mapShowLeft")
        self.addWidget(self.departments)
        self.addWidget(self.left)
        self.addSeparator()

        self.export_menu = QMenu(self)
        self.export_png = self.export_menu.addAction(self.tr("Export as PNG image…"))
        self.export_svg = self.export_menu.addAction(self.tr("Export as SVG drawing…"))
        self._menu_button(self.tr("Export"), self.export_menu, "mapExport")

        for box in (self.opportunity, self.colour):
            box.currentIndexChanged.connect(lambda _=0: self.overlays_changed.emit())
        for box in (self.departments, self.left):
            box.toggled.connect(lambda _=False: self.overlays_changed.emit())

    def _menu_button(self, text: str, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setObjectName(name)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(button)
        return button

    def set_opportunities(self, opps: list[dict]) -> None:
        current = self.opportunity.currentData()
        self.opportunity.blockSignals(True)
        self.opportunity.clear()
        self.opportunity.addItem(self.tr("(none)"), None)
        for o in opps:
            self.opportunity.addItem(o["name"], o["id"])
        i = self.opportunity.findData(current) if current else 0
        self.opportunity.setCurrentIndex(max(i, 0))
        self.opportunity.blockSignals(False)

    def legend(self) -> str:
        """HTML for the key: card colours in the current colour mode, then lines."""
        return self._colour_key() + "&nbsp;&nbsp;|&nbsp;&nbsp;" + self.tr(
            "<b>—</b> reports to &nbsp; <span style='color:#2f6db5'><b>- - ›</b></span> influences "
            "(thicker = stronger) &nbsp; <span style='color:#c8372d'><b>—</b></span> conflict &nbsp; "
            "<span style='color:#8e6bb8'><b>···</b></span> informal &nbsp; "
            "<span style='color:#d64541'>●</span> contact overdue")

    def _colour_key(self) -> str:
        mode = self.colour.currentData()

        def chip(colour: str, label: str) -> str:
            return f"<span style='color:{colour}'>■</span> {label}&nbsp;&nbsp;"
        if mode == "recency":
            limits = [chip(c, self.tr("up to %1 days").replace("%1", str(d)) if d
                           else self.tr("longer")) for d, c in RECENCY_COLOURS]
            return "".join(limits) + chip(NEVER_MET, self.tr("never met"))
        if mode == "importance":
            return "".join(chip(c, str(i)) for i, c in IMPORTANCE_COLOURS.items()) + self.tr("(importance 1 to 5)")
        return "".join(chip(ATTITUDE_COLOURS[v], vocab.ATTITUDE.label(v, self.lang)) for v in vocab.ATTITUDE.values) \
            + self.tr("striped band: attitude unconfirmed")
