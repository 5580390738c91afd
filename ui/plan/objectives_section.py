"""Objectives of the account for the period, each with the actions that
serve it; add an objective, add an action to it, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QToolButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from planner import vocab
from planner.plan import objectives as objectives_mod
from ui.dialogs import confirm
from ui.plan.common import MUTED, OVERDUE_FG, Section, hint, money, today
from ui.plan.dialogs import ActionDialog, ObjectiveDialog
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand

ROLE = Qt.ItemDataRole.UserRole


class ObjectivesSection(Section):
    KINDS = ("objective", "action_item")

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.rows: list[dict] = []
        self.tree = QTreeWidget()
        self.tree.setObjectName("objectivesTree")
        self.tree.setHeaderLabels([self.tr("Objective / action"), self.tr("Kind"), self.tr("Target → actual"),
                                   self.tr("Owner"), self.tr("Due"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        self.tree.itemDoubleClicked.connect(lambda it, _c: self.edit_item(it))
        add = QToolButton(text=self.tr("Add objective"))
        add.setObjectName("addObjective")
        add_action = QToolButton(text=self.tr("Add action to objective"))
        add_action.setObjectName("addObjectiveAction")
        remove = QToolButton(text=self.tr("Delete"))
        add.clicked.connect(self.add_objective)
        add_action.clicked.connect(self.add_action)
        remove.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.empty = QLabel(self.tr("No objectives yet. Add where you want to be with this customer this "
                                    "period: a revenue target, a share of wallet, a relationship goal."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; padding: 12px;")
        bar = QHBoxLayout()
        bar.addWidget(hint(self.tr("Double-click to edit; actions listed under an objective serve it.")), 1)
        bar.addWidget(add)
        bar.addWidget(add_action)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def refresh(self) -> None:
        self.tree.clear()
        self.rows = objectives_mod.objectives(self.session.db, self.account_id, today()) if self.account_id else []
        lang = self.session.lang
        for o in self.rows:
            top = QTreeWidgetItem([o["title"], vocab.OBJECTIVE_KIND.label(o["kind"], lang), self._numbers(o),
                                   o["owner"], o["due_date"].isoformat() if o["due_date"] else "",
                                   vocab.OBJECTIVE_STATUS.label(o["status"], lang)])
            top.setData(0, ROLE, ("objective", o["id"]))
            top.setToolTip(0, "\n".join(t for t in (o["period"], o["measure"]) if t))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if o["status"] in ("at_risk", "missed"):
                top.setForeground(5, QBrush(OVERDUE_FG))
            for a in o["actions"]:
                mark = "☑ " if a["done"] else "☐ "
                child = QTreeWidgetItem([mark + a["title"], vocab.ACTION_SOURCE.label(a["source"], lang), "",
                                         a["owner"], a["due_date"].isoformat() if a["due_date"] else "",
                                         self.tr("Overdue") if a["overdue"] else ""])
                child.setData(0, ROLE, ("action_item", a["id"]))
                brush = QBrush(OVERDUE_FG if a["overdue"] else MUTED if a["done"] else self.palette().text())
                for c in range(6):
                    child.setForeground(c, brush)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for c in range(1, 6):
            self.tree.resizeColumnToContents(c)
        self.empty.setVisible(bool(self.account_id) and not self.rows)

    def _numbers(self, o: dict) -> str:
        if o["target"] is None:
            return o["measure"][:40]
        p = objectives_mod.progress(o)
        pct = f" ({p:.0%})" if p is not None else ""
        if o["kind"] == "share_of_wallet":
            return f"{o['target']:.0f}% → {o['actual'] or 0:.0f}%"
        return f"{money(o['target'])} → {money(o['actual'])}{pct}"

    # edits -------------------------------------------------------------------
    def selected(self) -> tuple[str, str] | None:
        it = self.tree.currentItem()
        return it.data(0, ROLE) if it is not None else None

    def selected_objective(self) -> str | None:
        it = self.tree.currentItem()
        while it is not None and it.data(0, ROLE)[0] != "objective":
            it = it.parent()
        return it.data(0, ROLE)[1] if it is not None else None

    def add_objective(self) -> None:
        if not self.account_id:
            return
        dialog = ObjectiveDialog(self.session.lang, parent=self)
        if not dialog.exec():
            return
        values = dialog.values() | {"account_id": self.account_id}
        self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add objective"),
                                       "objective", values))
        self.session.bus.flush()

    def add_action(self) -> None:
        if not self.account_id:
            return
        dialog = ActionDialog(self.rows, self.selected_objective(), self)
        if not dialog.exec():
            return
        values = dialog.values() | {"account_id": self.account_id}
        self.session.run(CreateCommand(self.session.records, self.session.bus.post, self.tr("Add action"),
                                       "action_item", values))
        self.session.bus.flush()

    def edit_item(self, it: QTreeWidgetItem) -> None:
        kind, record_id = it.data(0, ROLE)
        if kind != "objective":
            return
        current = self.session.records.get("objective", record_id)
        dialog = ObjectiveDialog(self.session.lang, current, self)
        if not dialog.exec():
            return
        after = {f: v for f, v in dialog.values().items() if current[f] != v}
        if after:
            self.session.run(EditCommand(self.session.records, self.session.bus.post, self.tr("Edit objective"),
                                         "objective", record_id, after))
            self.session.bus.flush()

    def delete_selected(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, record_id = sel
        if kind == "objective" and not confirm(self, self.tr("Delete objective"), self.tr(
                "Delete this objective? Its actions stay in the action plan. You can undo this.")):
            return
        self.session.run(DeleteCommand(self.session.records, self.session.bus.post, self.tr("Delete"),
                                       kind, record_id))
        self.session.bus.flush()
