"""Quick capture (Ctrl+Shift+N anywhere in the window): log a visit that
just happened, a note or a contact in seconds. Accounts and people are picked
by typing: Chinese names by characters or pinyin ("wangjun", "wj" for 王军)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QButtonGroup, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton)

from planner.services import queries
from planner.text.sortkey import name_readings, name_sort_key, romanise, sort_key
from ui.session import Session
from ui.visits.edits import Edits

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
EXACT_ROLE = Qt.ItemDataRole.UserRole + 2


def _readings(name: str, romanised: str, person: bool) -> list[list[str]]:
    """The pinyin spellings of a name, as words: a person's name read with
    its surname as a surname and the common way (曾: zeng and ceng)."""
    found = [romanised] if romanised else []
    found += name_readings(name) if person else [romanise(name)]
    return [r.casefold().split() for r in dict.fromkeys(found)]


def search_key(name: str, romanised: str = "", person: bool = False) -> str:
    """What a completer matches: the name, its pinyin with and without
    spaces, and the initials ("wang jun wangjun wj")."""
    parts = [name.casefold()]
    for words in _readings(name, romanised, person):
        parts += [" ".join(words), "".join(words), "".join(w[0] for w in words if w)]
    return " ".join(parts)


def exact_forms(name: str, romanised: str = "", person: bool = False) -> str:
    """The texts that name this record exactly, one a line: the name, its
    pinyin with and without spaces, its initials."""
    lines = [name.strip().casefold()]
    for words in _readings(name, romanised, person):
        lines += [" ".join(words), "".join(words), "".join(w[0] for w in words if w)]
    return "\n".join(dict.fromkeys(lines))


def _model(rows: list[tuple[str, str, str]], romanised: dict[str, str] | None = None) -> QStandardItemModel:
    model = QStandardItemModel()
    for record_id, name, key in rows:
        item = QStandardItem(name)
        item.setData(record_id, ID_ROLE)
        item.setData(key, KEY_ROLE)
        item.setData(exact_forms(name, (romanised or {}).get(record_id, ""), person=romanised is not None),
                     EXACT_ROLE)  # (people come with their romanised names)
        model.appendRow(item)
    return model


class NameCompleter(QCompleter):
    """Matches on the search key, puts the name in the line edit."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


def completer(rows: list[tuple[str, str, str]], parent, romanised: dict[str, str] | None = None) -> QCompleter:
    c = NameCompleter(parent)
    c.setModel(_model(rows, romanised))
    c.setCompletionRole(KEY_ROLE)
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    c.popup().setObjectName("completerPopup")
    return c


class QuickCaptureDialog(QDialog):
    def __init__(self, session: Session, account_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        self.setWindowTitle(self.tr("Quick capture"))
        self.session = session
        self.account_id: str | None = None
        self.people_ids: list[str] = []
        self.accounts = {a["id"]: a["name"] for a in queries.account_list(session.db)}

        self.kind_visit = QRadioButton(self.tr("&Visit"), objectName="captureVisit")
        self.kind_note = QRadioButton(self.tr("N&ote"), objectName="captureNote")
        self.kind_contact = QRadioButton(self.tr("&Contact"), objectName="captureContact")
        self.kind_visit.setChecked(True)
        group = QButtonGroup(self)
        kinds = QHBoxLayout()
        for b in (self.kind_visit, self.kind_note, self.kind_contact):
            group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        self.account = QLineEdit(objectName="captureAccount")
        self.account.setPlaceholderText(self.tr("Type an account name or its pinyin"))
        rows = sorted(((i, n, search_key(n)) for i, n in self.accounts.items()), key=lambda r: sort_key(r[1]))
        self.account_completer = completer(rows, self)
        self.account.setCompleter(self.account_completer)
        self.account_completer.activated[QModelIndex].connect(self._account_chosen)
        self.person = QLineEdit(objectName="capturePerson")
        self.person.setPlaceholderText(self.tr("Type a name or pinyin, Enter to add"))
        self.chosen = QListWidget(objectName="capturePeople")
        self.chosen.setMaximumHeight(70)
        self.chosen.setFlow(QListWidget.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.text = QPlainTextEdit(objectName="captureText")
        self.text.setPlaceholderText(self.tr("What happened? The first line becomes the title."))
        self.text.setTabChangesFocus(True)
        self.error = QLabel(objectName="captureError")
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(kinds)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("People"), self.person)
        form.addRow("", self.chosen)
        form.addRow(self.text)
        form.addRow(self.error)
        form.addRow(buttons)
        self.person.returnPressed.connect(self._person_entered)
        self.chosen.itemDoubleClicked.connect(lambda item: self._remove(item))
        self.resize(520, 420)
        if account_id in self.accounts:
            self.set_account(account_id)

    # account and people ----------------------------------------------------
    def _account_chosen(self, index) -> None:
        self.set_account(index.data(ID_ROLE))

    def set_account(self, account_id: str) -> None:
        self.account_id = account_id
        self.account.setText(self.accounts[account_id])
        people = [p for p in queries.stakeholders(self.session.db, account_id) if p["status"] == "active"]
        rows = sorted(((p["id"], p["name"], search_key(p["name"], p["name_romanised"], person=True))
                       for p in people), key=lambda r: name_sort_key(r[1]))
        self.people_completer = completer(rows, self, {p["id"]: p["name_romanised"] for p in people})
        self.person.setCompleter(self.people_completer)
        self.people_completer.activated[QModelIndex].connect(self._person_chosen)
        self.chosen.clear()
        self.people_ids = []

    def _resolve_account(self) -> bool:
        """Typed text without picking from the list: take the match only when
        it is exact or the only one; several: show them and let the rep pick.
        True when an account is set."""
        if self.account_id and self.account.text() == self.accounts.get(self.account_id):
            return True
        found = self.matches(self.account_completer, self.account.text())
        if len(found) == 1:
            self.set_account(found[0][0])
            return True
        self.account_id = None
        if found:
            self.error.setText(self.tr("Several accounts match “%1”: pick one from the list.")
                               .replace("%1", self.account.text().strip()))
            self._offer(self.account_completer, self.account)
        return False

    @staticmethod
    def matches(c: QCompleter, text: str) -> list[tuple[str, str]]:
        """Rows whose search key contains ``text``; when some match exactly
        (the name, the whole pinyin or the initials), only those."""
        q = text.strip().casefold()
        if not q:
            return []
        m = c.model()
        exact, found = [], []
        bare = q.replace(" ", "")
        for r in range(m.rowCount()):
            i = m.index(r, 0)
            key = i.data(KEY_ROLE)
            row = (i.data(ID_ROLE), i.data())
            if q in (i.data(EXACT_ROLE) or "").split("\n"):
                exact.append(row)
            elif q in key or bare in key.replace(" ", ""):
                found.append(row)
        return exact or found

    def _offer(self, c: QCompleter, edit: QLineEdit) -> None:
        """Show the matching choices under the line edit."""
        edit.setFocus()
        c.setCompletionPrefix(edit.text().strip())
        c.complete()

    def _person_chosen(self, index) -> None:
        self.add_person(index.data(ID_ROLE), index.data())

    def _person_entered(self) -> None:
        """Enter in the people field: add the person only when the text names
        one (exactly, or as the only match); never a guess."""
        if not self._resolve_account():
            return
        text = self.person.text().strip()
        found = self.matches(self.people_completer, text)
        if len(found) == 1:
            self.error.clear()
            self.add_person(*found[0])
        elif found:
            self.error.setText(self.tr("%1 people match “%2”: pick one from the list.")
                               .replace("%1", str(len(found))).replace("%2", text))
            self._offer(self.people_completer, self.person)
        elif text:
            self.error.setText(self.tr("Nobody at this account matches “%1”.").replace("%1", text))

    def add_person(self, stakeholder_id: str, name: str) -> None:
        if stakeholder_id not in self.people_ids:
            self.people_ids.append(stakeholder_id)
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, stakeholder_id)
            self.chosen.addItem(item)
        self.person.clear()

    def _remove(self, item) -> None:
        self.people_ids.remove(item.data(ID_ROLE))
        self.chosen.takeItem(self.chosen.row(item))

    # saving ----------------------------------------------------------------
    def _save(self) -> None:
        if self.save():
            self.accept()

    def save(self) -> bool:
        self._resolve_account()
        text = self.text.toPlainText().strip()
        if not self.account_id:
            self.error.setText(self.tr("Pick an account first."))
            return False
        if not text and not self.kind_contact.isChecked():
            self.error.setText(self.tr("Write a line about what happened."))
            return False
        if self.kind_contact.isChecked() and not self.people_ids:
            self.error.setText(self.tr("A contact needs at least one person."))
            return False
        title = text.splitlines()[0][:200] if text else ""
        now = datetime.now().replace(second=0, microsecond=0)
        with Edits(self.session, self.tr("Quick capture")) as e:
            if self.kind_visit.isChecked():
                visit_id = e.create("visit", {"account_id": self.account_id, "starts_at": now - timedelta(hours=1),
                                              "ends_at": now, "status": "done", "purpose": title, "notes": text})
                for sid in self.people_ids:
                    e.create("visit_attendee", {"visit_id": visit_id, "stakeholder_id": sid})
            elif self.kind_note.isChecked():
                e.create("note", {"account_id": self.account_id, "title": title, "body": text,
                                  "stakeholder_id": self.people_ids[0] if len(self.people_ids) == 1 else None})
            else:
                for sid in self.people_ids:
                    e.create("contact_log", {"stakeholder_id": sid, "contacted_on": date.today(), "note": text})
        return e.ok
