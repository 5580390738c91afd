"""The Stakeholder map tab: toolbar, canvas and side panels (edit, insights).

Every edit is an undoable command through the session (moves, new people,
lines, deletes, automatic layout); the view follows the change bus, so an
undo, a sync import or an edit in another tab shows at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QCursor, QKeySequence
from PySide6.QtWidgets import (QLabel, QMenu, QPushButton, QSplitter, QStackedWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from planner import vocab
from planner.graph.build import load_opportunities
from planner.graph.layout import CARD_H, CARD_W
from planner.graph.scene import scene_data
from planner.services import ChangeSet
from ui import dialogs
from ui.map import arrange, export
from ui.map.canvas import MapView
from ui.map.moves import area_fields, card_fields
from ui.map.commands import MoveCommand
from ui.map.history_panel import HistoryPanel
from ui.map.insights_panel import InsightsPanel
from ui.map.overlays import MapToolbar
from ui.map.person_panel import PersonPanel
from ui.session import Session
from ui.undo_commands import CreateCommand, DeleteCommand

WATCHED = ("account", "stakeholder", "department", "relationship", "opportunity", "decision_role",
           "visit", "visit_attendee", "contact_log", "contact_plan")


class MapTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapTab")
        self.session = session
        self.lang = "zh" if session.lang.startswith("zh") else "en"
        self.account_id: str | None = None
        self._dirty = False
        self._fit_pending = False

        self.toolbar = MapToolbar(self.lang, self)
        self.view = MapView(self.lang)
        self.legend = QLabel()
        self.legend.setObjectName("mapLegend")
        self.legend.setStyleSheet("color: #5f6b7a; padding: 2px 8px;")
        self.legend.setWordWrap(True)  # wraps on a narrow window instead of widening it
        self.panel = PersonPanel(session)
        self.insights = InsightsPanel(session)
        self.side = QTabWidget()
        self.side.setObjectName("mapSide")
        self.side.addTab(self.insights, self.tr("Insights"))
        self.side.addTab(self.panel, self.tr("Edit"))
        self.history = HistoryPanel(session)
        self.side.addTab(self.history, self.tr("Changes"))
        self.side.setMinimumWidth(260)

        canvas = QWidget()
        col = QVBoxLayout(canvas)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.view, 1)
        col.addWidget(self.legend)
        self.splitter = QSplitter()
        self.splitter.addWidget(canvas)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 320])

        empty = QWidget()
        e = QVBoxLayout(empty)
        e.addStretch(1)
        label = QLabel(self.tr("Nobody at this account is on the map yet.\n\n"
                               "Add the first person, then drag from one card to another with Shift "
                               "held to say who reports to or influences whom."))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #777; font-size: 14px; padding: 20px;")
        first = QPushButton(self.tr("Add the first person"))
        first.setObjectName("mapAddFirst")
        e.addWidget(label)
        e.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        e.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        t = self.toolbar
        first.clicked.connect(lambda: self.add_person())
        t.add.triggered.connect(lambda: self.add_person())
        t.delete.triggered.connect(self.delete_selected)
        t.align_left.triggered.connect(lambda: self.view.align("left"))
        t.align_top.triggered.connect(lambda: self.view.align("top"))
        t.align_centre.triggered.connect(lambda: self.view.align("centre"))
        t.layout_org.triggered.connect(lambda: self.arrange("org_chart"))
        t.layout_force.triggered.connect(lambda: self.arrange("force"))
        t.zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        t.zoom_in.triggered.connect(lambda: self.view.zoom_by(1.25))
        t.zoom_out.triggered.connect(lambda: self.view.zoom_by(0.8))
        t.fit.triggered.connect(self.view.fit)
        t.export_png.triggered.connect(lambda: self.export(".png"))
        t.export_svg.triggered.connect(lambda: self.export(".svg"))
        t.overlays_changed.connect(self._overlays_changed)
        self.view.moved.connect(self.store_moves)
        self.view.link_requested.connect(self.draw_line)
        self.view.add_requested.connect(lambda pos, dept: self.add_person(pos, dept))
        self.view.open_requested.connect(self._open_person)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.selection_changed.connect(lambda: self.panel.show_selection(self.view.selected_ids()))
        self.insights.people_selected.connect(self._select_people)
        self.history.people_selected.connect(self._select_people)
        session.bus.changed.connect(self._on_changed)
        self.legend.setText(t.legend())

    # -- loading -----------------------------------------------------------------------
    def show_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.view.scene().clearSelection()
        self.view.show_scene({"people": [], "departments": [], "lines": []})
        if account_id:
            self.toolbar.set_opportunities(load_opportunities(self.session.db, account_id))
        self._fit_pending = True
        self.refresh()
        self.insights.show_account(account_id, self.opportunity_id())
        self.history.show_account(account_id)

    def opportunity_id(self) -> str | None:
        return self.toolbar.opportunity.currentData()

    def scene(self) -> dict[str, Any]:
        """The scene of the current account with the chosen overlays (data only)."""
        return scene_data(self.session.db, self.account_id, self.opportunity_id(),
                          include_left=self.toolbar.left.isChecked(), lang=self.lang)

    def refresh(self) -> None:
        if not self.account_id:
            return
        if not self.isVisible():
            self._dirty = True  # refreshed when shown
            return
        self._dirty = False
        data = self.scene()
        has_people = bool(data["people"])
        self.stack.setCurrentIndex(1 if has_people or self.toolbar.left.isChecked() else 0)
        self.view.show_scene(data)
        if self._fit_pending and has_people:
            self._fit_pending = False
            QTimer.singleShot(0, self.view.fit)
            self.view.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.account_id or not changes.touches(*WATCHED):
            return
        if changes.touches("opportunity"):
            self.toolbar.set_opportunities(load_opportunities(self.session.db, self.account_id))
        self.refresh()
        self.insights.schedule()
        self.history.schedule()

    def _overlays_changed(self) -> None:
        t = self.toolbar
        self.view.colour_mode = t.colour.currentData()
        self.view.set_show_departments(t.departments.isChecked())
        self.legend.setText(t.legend())
        if self.insights.opportunity_id != self.opportunity_id():
            self.insights.show_account(self.account_id, self.opportunity_id())
        self.refresh()

    def _select_people(self, ids: list[str]) -> None:
        self.view.select_ids(ids)
        self.view.setFocus()

    def _open_person(self, pid: str) -> None:
        self.view.select_ids([pid])
        self.side.setCurrentWidget(self.panel)
        self.panel.edit_name()

    # -- edits -------------------------------------------------------------------------
    def _run(self, command) -> bool:
        ok = self.session.run(command)
        self.session.bus.flush()  # show the edit at once
        if not ok:
            self.refresh()  # refused: put the picture back as stored
        return ok

    def store_moves(self, before: dict, after: dict, moved: set) -> None:
        n = len({k for k in moved if k[0] == "stakeholder"})
        text = self.tr("Move %1 card(s)").replace("%1", str(n)) if n else self.tr("Move department")
        self._run(MoveCommand(self.session.records, self.session.bus.post, text, before, after, moved))

    def choose_kind(self) -> str | None:
        """Ask which kind of line to draw (tests replace this)."""
        menu = QMenu(self)
        for value in vocab.RELATIONSHIP_KIND.values:
            menu.addAction(vocab.RELATIONSHIP_KIND.label(value, self.lang)).setData(value)
        chosen = menu.exec(QCursor.pos())
        return chosen.data() if chosen is not None else None

    def draw_line(self, source: str, target: str) -> str | None:
        kind = self.choose_kind()
        if not kind:
            return None
        values = {"account_id": self.account_id, "source_id": source, "target_id": target, "kind": kind,
                  "directed": kind in ("reports_to", "influences"), "strength": 3}
        cmd = CreateCommand(self.session.records, self.session.bus.post,
                            self.tr("Draw line: %1").replace("%1", vocab.RELATIONSHIP_KIND.label(kind, self.lang)),
                            "relationship", values)
        if not self._run(cmd):
            return None
        line = self.view.lines.get(cmd.record_id)
        if line is not None:
            self.view.scene().clearSelection()
            line.setSelected(True)
            self.side.setCurrentWidget(self.panel)
        return cmd.record_id

    def add_person(self, pos: QPointF | None = None, department_id: str | None = None) -> str | None:
        if not self.account_id:
            return None
        if pos is None:
            pos = self.view.mapToScene(self.view.viewport().rect().center())
            area = self.view.area_at(pos)
            department_id = area.did if area else None
        corner = QPointF(pos.x() - CARD_W / 2, pos.y() - CARD_H / 2)
        before, after = self.view.move_change(set(), extra={"new": (corner, department_id)})
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Add person"))
        try:
            if after:
                self.session.run(MoveCommand(self.session.records, self.session.bus.post,
                                             self.tr("Keep the map as shown"), before, after, set(),
                                             mergeable=False))
            values = {"account_id": self.account_id, "name": self.tr("New person"),
                      "department_id": department_id, **card_fields(corner.x(), corner.y())}
            cmd = CreateCommand(self.session.records, self.session.bus.post, self.tr("Add person"),
                                "stakeholder", values)
            ok = self.session.run(cmd)
        finally:
            stack.endMacro()
        self.session.bus.flush()
        if not ok:
            return None
        self.refresh()
        self._open_person(cmd.record_id)
        return cmd.record_id

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        people, lines, depts = ids["stakeholder"], ids["relationship"], ids["department"]
        if not (people or lines or depts):
            return
        gone = set(people)
        lines = [lid for lid in lines if lid in self.view.lines
                 and not {self.view.lines[lid].source.pid, self.view.lines[lid].target.pid} & gone]
        parts = []
        if people:
            parts.append(self.tr("%1 person(s) with their lines and roles").replace("%1", str(len(people))))
        if lines:
            parts.append(self.tr("%1 line(s)").replace("%1", str(len(lines))))
        if depts:
            parts.append(self.tr("%1 department(s) (their people stay)").replace("%1", str(len(depts))))
        if not dialogs.confirm(self, self.tr("Delete from the map"),
                               self.tr("Delete %1? You can undo this.").replace("%1", "; ".join(parts))):
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete from the map"))
        try:
            for kind, items in (("relationship", lines), ("stakeholder", people), ("department", depts)):
                for record_id in items:
                    self.session.run(DeleteCommand(self.session.records, self.session.bus.post,
                                                   self.tr("Delete"), kind, record_id))
        finally:
            stack.endMacro()
        self.session.bus.flush()

    # -- automatic layout --------------------------------------------------------------
    def arrange(self, kind: str) -> None:
        if not self.account_id:
            return
        placed = sum(1 for p in self.view.data["people"] if p["placed"])
        if placed and not dialogs.confirm(
                self, self.tr("Arrange the map"),
                self.tr("%1 card(s) have places you chose. Move them to the automatic layout? "
                        "You can undo this.").replace("%1", str(placed))):
            return
        db, account = self.session.db, self.account_id
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.session.worker.submit(lambda: arrange.compute(db, account, kind),
                                   lambda layout: self._apply_layout(account, kind, layout),
                                   self._layout_failed)

    def _layout_failed(self, exc: BaseException) -> None:
        self.unsetCursor()
        dialogs.show_error(self, self.tr("Arrange the map"), str(exc))

    def _apply_layout(self, account: str, kind: str, layout) -> None:
        self.unsetCursor()
        if account != self.account_id:
            return
        before, after = {}, {}
        for p in self.view.data["people"]:
            if p["id"] in layout.positions:
                key = ("stakeholder", p["id"])
                before[key] = card_fields(p["x"], p["y"]) if p["placed"] else {"map_x": None, "map_y": None}
                after[key] = card_fields(*layout.positions[p["id"]])
        if kind == "org_chart":
            from PySide6.QtCore import QRectF

            for d in self.view.data["departments"]:
                if d["id"] in layout.departments:
                    key = ("department", d["id"])
                    before[key] = area_fields(QRectF(d["x"], d["y"], d["w"], d["h"])) if d["placed"] \
                        else dict.fromkeys(("map_x", "map_y", "map_w", "map_h"))
                    after[key] = area_fields(QRectF(*layout.departments[d["id"]]))
        if not after:
            return
        cmd = MoveCommand(self.session.records, self.session.bus.post,
                          self.tr("Automatic layout"), before, after, set(after), mergeable=False)
        if kind == "force":
            self.toolbar.departments.setChecked(False)  # clusters cut across departments
        elif not self.toolbar.departments.isChecked():
            self.toolbar.departments.setChecked(True)
        if self._run(cmd):
            self._fit_pending = True
            self.refresh()

    # -- export ------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        if not self.account_id or not self.view.data["people"]:
            return
        name = self.session.records.get("account", self.account_id)["name"]
        path = export.ask_path(self, name + suffix)
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += suffix
        data = export.scene_as_shown(self.scene(), self.view.colour_mode, self.view.show_departments)
        # drawing a big map takes seconds: off the GUI thread, the window stays live
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.session.worker.submit(lambda: export.export(data, path),
                                   lambda ok: self._exported(path, ok),
                                   lambda exc: self._exported(path, False, str(exc)))

    def _exported(self, path: str, ok: bool, why: str = "") -> None:
        self.unsetCursor()
        if not ok:
            text = self.tr("Could not write %1").replace("%1", path)
            dialogs.show_error(self, self.tr("Export the map"), f"{text}\n{why}".strip())
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Map exported to %1").replace("%1", path), 8000)
