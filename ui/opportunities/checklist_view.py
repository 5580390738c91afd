"""Tender-rule checklists of one deal: start one from a template, fill each
item (status, value, evidence, owner, due date), add, remove and reorder
items, save the list as a new template, prefill from the account's earlier
tenders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from planner import vocab
from planner.deals.tender import templates
from planner.services import ChangeSet
from ui.dialogs import confirm
from ui.opportunities import common
from ui.opportunities.commands import BuildCommand, MultiEditCommand
from ui.session import Session

STATUSES = ("unknown", "known", "confirmed", "not_applicable")
FIELDS = ("section", "label", "status", "value", "evidence", "owner", "due_date")
STATUS_COLOURS = {"unknown": "#c8372d", "known": "#d9822b", "confirmed": "#1b7f3b", "not_applicable": "#777"}


class ChecklistView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.items: list[dict] = []
        self._loading = False

        self.checklists = QComboBox()
        self.checklists.setObjectName("checklistChoice")
        self.checklists.setMinimumWidth(200)
        self.checklists.currentIndexChanged.connect(lambda _i: self.reload_items())
        self.template = QComboBox()
        self.template.setObjectName("templateChoice")
        start = QPushButton(self.tr("Start from template"))
        start.setObjectName("startChecklist")
        start.clicked.connect(self.start_from_template)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Checklist")))
        top.addWidget(self.checklists, 1)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("New from")))
        top.addWidget(self.template, 1)
        top.addWidget(start)

        self.table = QTableWidget(0, len(FIELDS))
        self.table.setObjectName("checklistTable")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Item"), self.tr("Status"),
                                              self.tr("Value"), self.tr("Evidence or source"),
                                              self.tr("Owner"), self.tr("Due date")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemChanged.connect(self._item_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_item,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move(1),
                  context=Qt.ShortcutContext.WidgetShortcut)

        buttons = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (
                ("addItem", self.tr("Add item"), self.add_item),
                ("deleteItem", self.tr("Delete item"), self.delete_item),
                ("moveUp", self.tr("Move up"), lambda: self.move(-1)),
                ("moveDown", self.tr("Move down"), lambda: self.move(1)),
                ("prefill", self.tr("Prefill from earlier tenders"), self.prefill),
                ("saveTemplate", self.tr("Save as template…"), self.save_as_template)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            self.buttons[name] = b
            buttons.addWidget(b)
            if name == "moveDown":
                buttons.addStretch()
        self.summary = QLabel()
        self.summary.setObjectName("checklistSummary")
        self.empty = QLabel(self.tr("No tender-rule checklist on this deal yet: choose a template above "
                                    "(public tender, invited tender, single source, competitive "
                                    "negotiation, private RFP) and start one."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; padding: 20px;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        session.bus.changed.connect(self._on_changed)

    # loading ---------------------------------------------------------------
    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        self._load_templates()
        self._load_checklists()

    def _load_templates(self) -> None:
        keep = self.template.currentData()
        self.template.clear()
        for t in templates.templates(self.session.db):
            self.template.addItem(templates.template_name(t, self.session.lang), t["id"])
        if keep:
            common.select_data(self.template, keep)
        elif self.opportunity_id:
            method = self.session.records.get("opportunity", self.opportunity_id)["procurement_method"]
            suggested = templates.for_procurement_method(method)
            if suggested:
                common.select_data(self.template, suggested)

    def _load_checklists(self, keep: str | None = None) -> None:
        keep = keep or self.checklists.currentData()
        self.checklists.blockSignals(True)
        self.checklists.clear()
        if self.opportunity_id:
            rows = [c for c in self.session.records.list("checklist", opportunity_id=self.opportunity_id)
                    if c["kind"] == "tender_rules"]
            for c in sorted(rows, key=lambda c: c["title"]):
                self.checklists.addItem(c["title"] or self.tr("(untitled)"), c["id"])
        if keep:
            i = self.checklists.findData(keep)
            if i >= 0:
                self.checklists.setCurrentIndex(i)
        self.checklists.blockSignals(False)
        self.reload_items()

    def checklist_id(self) -> str | None:
        return self.checklists.currentData()

    def reload_items(self) -> None:
        cid = self.checklist_id()
        self.items = templates.checklist_items(self.session.db, cid) if cid else []
        has = cid is not None
        self.empty.setVisible(not has and bool(self.opportunity_id))
        self.table.setVisible(has)
        for b in self.buttons.values():
            b.setEnabled(has)
        row = self.table.currentRow()
        self._loading = True
        try:
            self.table.setRowCount(0)
            lang = self.session.lang
            for r, item in enumerate(self.items):
                self.table.insertRow(r)
                for c, f in enumerate(FIELDS):
                    if f == "status":
                        combo = common.vocab_combo(vocab.CHECKLIST_STATUS, lang, STATUSES)
                        common.select_data(combo, item["status"])
                        combo.setStyleSheet(f"color: {STATUS_COLOURS.get(item['status'], '#333')};")
                        combo.activated.connect(lambda _i, r=r, combo=combo: self._commit(r, "status", combo.currentData()))
                        self.table.setCellWidget(r, c, combo)
                        continue
                    value = item[f]
                    text = value.isoformat() if f == "due_date" and value else (value or "")
                    cell = QTableWidgetItem(text)
                    cell.setToolTip(text)
                    self.table.setItem(r, c, cell)
        finally:
            self._loading = False
        self.table.resizeColumnsToContents()
        for c, width in ((0, 110), (1, 280), (3, 240), (4, 240)):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 80), width))
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
        self._summary()

    def _summary(self) -> None:
        if not self.items:
            self.summary.setText("")
            return
        done = sum(i["status"] in ("known", "confirmed", "not_applicable") for i in self.items)
        confirmed = sum(i["status"] == "confirmed" for i in self.items)
        self.summary.setText(self.tr("%1 of %2 items known (%3 %), %4 confirmed")
                             .replace("%1", str(done)).replace("%2", str(len(self.items)))
                             .replace("%3", str(round(100 * done / len(self.items))))
                             .replace("%4", str(confirmed)))

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.opportunity_id:
            return
        if changes.touches("checklist_template"):
            self._load_templates()
        if changes.touches("checklist"):
            self._load_checklists()
        elif changes.touches("checklist_item"):
            self.reload_items()

    # edits -----------------------------------------------------------------
    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._commit(cell.row(), FIELDS[cell.column()], cell.text())

    def _commit(self, row: int, field: str, value) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if field == "due_date":
            try:
                value = common.parse_date(value)
            except ValueError as exc:  # the core rule says what to type
                self.session.error.emit(common.error_text(exc, self.session.lang))
                self.reload_items()
                return
        if not common.edit(self.session, self.tr("Edit checklist item"), "checklist_item", item["id"],
                           {field: value}):
            self.reload_items()

    def start_from_template(self) -> None:
        tid = self.template.currentData()
        if not self.opportunity_id or not tid:
            return
        oid, lang = self.opportunity_id, self.session.lang
        all_templates = templates.templates(self.session.db)
        cmd = BuildCommand(self.session.records, self.session.bus.post, self.tr("Start checklist"),
                           lambda w: ("checklist", templates.start_checklist(w, all_templates, oid, tid, lang)))
        if self.session.run(cmd):
            self.session.bus.flush()
            self._load_checklists(keep=cmd.root[1])

    def add_item(self) -> None:
        cid = self.checklist_id()
        if not cid:
            return
        row = self.table.currentRow()
        section = self.items[row]["section"] if 0 <= row < len(self.items) else ""
        position = (max((i["position"] for i in self.items), default=-1) + 1)
        new = common.create(self.session, self.tr("Add checklist item"), "checklist_item", {
            "checklist_id": cid, "position": position, "section": section, "label": self.tr("New item")})
        if new:
            self.session.bus.flush()
            r = [i["id"] for i in self.items].index(new)
            self.table.setCurrentCell(r, 1)
            self.table.editItem(self.table.item(r, 1))

    def delete_item(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            common.delete(self.session, self.tr("Delete checklist item"), "checklist_item", self.items[row]["id"])

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if not (0 <= row < len(self.items) and 0 <= other < len(self.items)):
            return
        # renumber the whole list in its new order (positions may have gaps or ties)
        order = [i["id"] for i in self.items]
        order[row], order[other] = order[other], order[row]
        edits = [("checklist_item", iid, {"position": n}) for n, iid in enumerate(order)
                 if next(i for i in self.items if i["id"] == iid)["position"] != n]
        if self.session.run(MultiEditCommand(self.session.records, self.session.bus.post,
                                             self.tr("Move checklist item"), edits)):
            self.session.bus.flush()
            self.table.selectRow(other)

    def save_as_template(self) -> None:
        if not self.items:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name:"),
                                        text=self.checklists.currentText())
        if not ok or not name.strip():
            return
        items = list(self.items)
        self.session.run(BuildCommand(self.session.records, self.session.bus.post,
                                      self.tr("Save checklist as template"),
                                      lambda w: ("checklist_template", templates.save_as_template(w, items, name))))

    def prefill(self) -> None:
        cid = self.checklist_id()
        if not cid:
            return
        suggestions = templates.prefill_suggestions(self.session.db, cid)
        if not suggestions:
            self.summary.setText(self.tr("No earlier tender at this account recorded values for the "
                                         "empty items of this checklist."))
            return
        lines = "\n".join(f"• {s['label']}: {s['value']}  ({s['opportunity_name']})" for s in suggestions[:12])
        if not confirm(self, self.tr("Prefill from earlier tenders"),
                       self.tr("Fill %1 empty item(s) with what this customer did before? They are "
                               "marked known, to be confirmed.").replace("%1", str(len(suggestions)))
                       + "\n\n" + lines):
            return
        edits = [("checklist_item", s["item_id"], templates.prefill_edit(s, self.session.lang))
                 for s in suggestions]
        self.session.run(MultiEditCommand(self.session.records, self.session.bus.post,
                                          self.tr("Prefill from earlier tenders"), edits))
