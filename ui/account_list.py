"""The account list: search (characters or pinyin), tier filter, add/delete."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt,
                            Signal)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QListView,
                               QToolButton, QVBoxLayout, QWidget)

from planner import vocab
from planner.services import ChangeSet, queries
from planner.text.sortkey import matches, sort_key
from ui.dialogs import confirm
from ui.filtering import refilter
from ui.session import Session
from ui.undo_commands import CreateCommand, DeleteCommand

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TIER_ROLE = Qt.ItemDataRole.UserRole + 2


class AccountListModel(QAbstractListModel):
    """Accounts sorted by name (pinyin for Chinese); a row cache refreshed
    only when accounts change."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[dict[str, Any]] = []
        self.reload()
        session.bus.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = sorted(queries.account_list(self.session.db), key=lambda r: sort_key(r["name"]))
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches("account"):
            return
        only_edits = not changes.created.get("account") and not changes.deleted.get("account")
        # fields unknown (a sync import) may include the name: reload then
        names_same = all(("account", i) in changes.fields and "name" not in changes.fields[("account", i)]
                         for i in changes.ids("account"))
        known = {r["id"] for r in self._rows}
        if only_edits and names_same and changes.ids("account") <= known:  # in place: order unchanged
            fresh = {r["id"]: r for r in queries.account_list(self.session.db)}
            for row, rec in enumerate(self._rows):
                if rec["id"] in changes.updated["account"]:
                    self._rows[row] = fresh[rec["id"]]
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.reload()  # membership or order changed: the list is short

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rec['name']}  ·  {rec['tier']}"
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [rec["name"], vocab.TIER.label(rec["tier"], self.session.lang), rec["industry"], rec["region"]]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and rec["tier"] == "S":
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return rec["id"]
        if role == TIER_ROLE:
            return rec["tier"]
        if role == Qt.ItemDataRole.UserRole:
            return rec
        return None

    def row_of(self, account_id: str) -> int:
        for i, rec in enumerate(self._rows):
            if rec["id"] == account_id:
                return i
        return -1


class AccountFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.tier = ""

    def set_filter(self, text: str | None = None, tier: str | None = None) -> None:
        def change() -> None:
            if text is not None:
                self.text = text
            if tier is not None:
                self.tier = tier
        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        rec = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.UserRole)
        if self.tier and rec["tier"] != self.tier:
            return False
        return matches(self.text, rec["name"], rec["industry"], rec["region"])


class AccountListPanel(QWidget):
    account_selected = Signal(str)  # "" when none

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AccountListModel(session, self)
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(placeholderText=self.tr("Search accounts (name or pinyin)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("accountSearch")
        self.tier = QComboBox()
        self.tier.setObjectName("tierFilter")
        self.tier.addItem(self.tr("All tiers"), "")
        for value in vocab.TIER.values:
            self.tier.addItem(vocab.TIER.label(value, session.lang), value)
        self.view = QListView()
        self.view.setObjectName("accountList")
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        add = QToolButton(text="+", toolTip=self.tr("Add an account"))
        remove = QToolButton(text="−", toolTip=self.tr("Delete the selected account"))
        add.clicked.connect(self.add_account)
        remove.clicked.connect(self.delete_account)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tier)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.tier.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(tier=self.tier.currentData()))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._keep_selection)
        self._selected = ""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.data(ID_ROLE) if current.isValid() else ""
        if account_id != self._selected:
            self._selected = account_id or ""
            self.account_selected.emit(self._selected)

    def _keep_selection(self) -> None:
        if self._selected and self.model.row_of(self._selected) >= 0:
            self.select(self._selected)
        elif self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._selected = ""
            self.account_selected.emit("")

    def select(self, account_id: str) -> bool:
        row = self.model.row_of(account_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.view.setCurrentIndex(index)
        return True

    def selected_id(self) -> str:
        return self._selected

    def add_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Account name:"))
        if ok and name.strip():
            same = self._same_name(name.strip())
            if same and not confirm(
                    self, self.tr("New account"),
                    self.tr("An account named “%1” already exists.\nAdd a second one anyway? "
                            "(No shows the existing one.)").replace("%1", name.strip())):
                self.search.clear()
                self.select(same)
                return
            cmd = CreateCommand(self.session.records, self.session.bus.post,
                                self.tr("Add account"), "account", {"name": name.strip()})
            if self.session.run(cmd):
                self.session.bus.flush()
                self.search.clear()
                self.select(cmd.record_id)

    def _same_name(self, name: str) -> str | None:
        """The id of a live account with this name (case and width of
        letters aside), if any: two reps' "华东电网" are usually one customer."""
        def norm(text: str) -> str:
            return unicodedata.normalize("NFKC", text).casefold().strip()

        key = norm(name)
        return next((a["id"] for a in queries.account_list(self.session.db) if norm(a["name"]) == key), None)

    def delete_account(self) -> None:
        account_id = self._selected
        if not account_id:
            return
        name = self.session.records.get("account", account_id)["name"]
        answer = confirm(
            self, self.tr("Delete account"),
            self.tr("Delete the account “%1” with its people, opportunities and visits?\n"
                    "You can undo this with Edit → Undo.").replace("%1", name))
        if answer:
            self.session.run(DeleteCommand(self.session.records, self.session.bus.post,
                                           self.tr("Delete account"), "account", account_id))
