"""Executive concerns at a glance: each executive's driving concern (of the
four CXO concerns), how sure we are, and the message that answers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QVBoxLayout

from planner import vocab
from planner.plan import concerns
from ui.plan.common import Section, hint, item, setup_table
from ui.undo_commands import EditCommand

MESSAGE_COL = 4


class ConcernsSection(Section):
    KINDS = ("stakeholder",)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.rows: list[dict] = []
        self._filling = False
        self.table = QTableWidget()
        self.table.setObjectName("concernsTable")
        setup_table(self.table, [self.tr("Executive"), self.tr("Title"), self.tr("Driving concern"),
                                 self.tr("How sure"), self.tr("Message that answers it")])
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE_COL, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._message_edited)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #a4262c;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Return on operating resources, business flexibility, sustainable "
                                      "spending or digital transformation: which one drives each executive, "
                                      "and what we say to it. Double-click a message to edit it.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)

    def refresh(self) -> None:
        self._filling = True
        lang = self.session.lang
        self.rows = concerns.executives(self.session.db, self.account_id) if self.account_id else []
        t = self.table
        t.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            t.setItem(r, 0, item(p["name"], p["id"]))
            t.setItem(r, 1, item(p["title"]))
            combo = QComboBox()
            for value in vocab.EXECUTIVE_CONCERN.values:
                combo.addItem(vocab.EXECUTIVE_CONCERN.label(value, lang), value)
            combo.setCurrentIndex(max(0, combo.findData(p["executive_concern"])))
            combo.activated.connect(lambda _i, pid=p["id"], c=combo: self._set(pid, "executive_concern",
                                                                               c.currentData()))
            t.setCellWidget(r, 2, combo)
            sure = item(vocab.CONFIDENCE.label(p["executive_concern_confidence"], lang))
            if p["executive_concern_source"]:
                sure.setToolTip(p["executive_concern_source"])
            t.setItem(r, 3, sure)
            msg = item(p["concern_message"], p["id"], editable=True)
            if p["executive_concern"] and not p["concern_message"].strip():
                msg.setBackground(QBrush(QColor("#fff4ce")))
            t.setItem(r, MESSAGE_COL, msg)
        for c in range(MESSAGE_COL):
            t.resizeColumnToContents(c)
        t.resizeRowsToContents()
        n = concerns.missing_messages(self.rows)
        self.missing.setText(self.tr("%1 executive(s) without a message for their concern.").replace("%1", str(n))
                             if n else "")
        if self.account_id and not self.rows:
            self.missing.setText(self.tr("No executives recorded: mark people as executives on the People tab."))
        self._filling = False

    def _message_edited(self, it) -> None:
        if self._filling or it.column() != MESSAGE_COL:
            return
        self._set(it.data(Qt.ItemDataRole.UserRole), "concern_message", it.text())

    def _set(self, person_id: str, field: str, value) -> None:
        current = self.session.records.get("stakeholder", person_id)[field]
        if current == value:
            return
        if not self.session.run(EditCommand(self.session.records, self.session.bus.post,
                                            self.tr("Edit executive concern"), "stakeholder", person_id,
                                            {field: value}, {field: current})):
            self.refresh()
        self.session.bus.flush()
