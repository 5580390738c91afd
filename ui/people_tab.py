"""People tab: the account's stakeholders in a sortable, filterable,
editable table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QInputDialog,
                               QLabel, QLineEdit, QSpinBox, QStyledItemDelegate,
                               QTableView, QToolButton, QVBoxLayout, QWidget)

from planner import vocab
from planner.text.sortkey import compare, compare_names, matches
from ui.dialogs import confirm
from ui.filtering import refilter
from ui.session import Session
from ui.stakeholder_model import RECORD_ROLE, SORT_ROLE, StakeholderTableModel
from ui.undo_commands import CreateCommand, DeleteCommand


class PeopleFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.attitude = ""
        self.show_left = False
        self.setSortRole(SORT_ROLE)

    def update(self, **kw) -> None:
        refilter(self, lambda: [setattr(self, k, v) for k, v in kw.items()])

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            if self.sourceModel().cols[left.column()].field == "name":
                return compare_names(a, b) < 0  # 曾 under Z: the surname's reading
            return compare(a, b) < 0  # pinyin order for Chinese text
        return super().lessThan(left, right)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        rec = self.sourceModel().index(row, 0, parent).data(RECORD_ROLE)
        if not self.show_left and rec["status"] == "left":
            return False
        if self.attitude and rec["attitude"] != self.attitude:
            return False
        return matches(self.text, rec["name_romanised"], rec["title"], rec["department_name"],
                       names=(rec["name"], rec["owner"]))


class PeopleDelegate(QStyledItemDelegate):
    """Combo boxes for vocabulary columns, spin boxes for 1-5 scores."""

    def __init__(self, model: StakeholderTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent, option, index):
        col = self.model.cols[index.column()]
        if col.vocab is not None:
            combo = QComboBox(parent)
            for value in col.vocab.values:
                combo.addItem(col.vocab.label(value, self.model.session.lang), value)
            return combo
        if col.numeric:
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 1))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class PeopleTab(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = StakeholderTableModel(session, self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Filter people: name, pinyin, title, department"))
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.attitude = QComboBox()
        self.attitude.setObjectName("attitudeFilter")
        self.attitude.addItem(self.tr("Any attitude"), "")
        for value in vocab.ATTITUDE.values:
            self.attitude.addItem(vocab.ATTITUDE.label(value, session.lang), value)
        self.show_left = QCheckBox(self.tr("Show people who left"))
        add = QToolButton(text=self.tr("Add person"))
        add.setObjectName("addPerson")
        remove = QToolButton(text=self.tr("Delete"))
        remove.setObjectName("deletePerson")
        self.count = QLabel()

        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(PeopleDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked
                                   | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)

        self.empty = QLabel(self.tr("No people at this account yet.\n\n“Add person” adds one; "
                                    "File → Import contacts… brings in a spreadsheet, an Outlook or "
                                    "Salesforce export or an address book (vCard)."))
        self.empty.setObjectName("peopleEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777; font-size: 14px; padding: 40px;")
        self.empty.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.attitude)
        bar.addWidget(self.show_left)
        bar.addWidget(add)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(lambda t: self._filter(text=t))
        self.attitude.currentIndexChanged.connect(lambda _: self._filter(attitude=self.attitude.currentData()))
        self.show_left.toggled.connect(lambda on: self._filter(show_left=on))
        add.clicked.connect(self.add_person)
        remove.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)

    def _filter(self, **kw) -> None:
        self.proxy.update(**kw)
        self._update_count()

    def _update_count(self, *_args) -> None:
        nobody = self.model.account_id is not None and self.model.rowCount() == 0
        self.empty.setVisible(nobody)
        self.table.setVisible(not nobody)
        self.count.setText(self.tr("%1 of %2 people shown").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def show_account(self, account_id: str | None) -> None:
        self.model.set_account(account_id)
        self.table.resizeColumnsToContents()
        self._update_count()

    def reveal(self, person_id: str) -> None:
        """Select a person (from a search result), clearing the filters that hide them."""
        for row in range(self.model.rowCount()):
            if self.model.person_id(row) == person_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.search.clear()
                    self.attitude.setCurrentIndex(0)
                    self.show_left.setChecked(True)
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.setCurrentIndex(index)
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                self.table.setFocus()
                return

    def add_person(self) -> None:
        if not self.model.account_id:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add person"), self.tr("Name:"))
        if ok and name.strip():
            cmd = CreateCommand(self.session.records, self.session.bus.post, self.tr("Add person"),
                                "stakeholder", {"account_id": self.model.account_id, "name": name.strip()})
            if self.session.run(cmd):
                self.session.bus.flush()
                self.search.clear()

    def selected_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.person_id(r) for r in sorted(rows)]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = confirm(
            self, self.tr("Delete people"),
            self.tr("Delete %1 person(s) and their lines and roles? You can undo this.").replace("%1", str(len(ids))))
        if not answer:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Delete people"))
        for person_id in ids:
            self.session.run(DeleteCommand(self.session.records, self.session.bus.post,
                                           self.tr("Delete person"), "stakeholder", person_id))
        stack.endMacro()
