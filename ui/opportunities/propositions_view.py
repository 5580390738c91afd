"""Value propositions of one deal: write them, aim them at people, log each
delivery, and reuse the ones that worked from the library."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from planner import vocab
from planner.deals import decision_chain, propositions
from planner.services import ChangeSet
from ui.opportunities import common
from ui.record_form import RecordForm
from ui.session import Session

KINDS = ("value_proposition", "proposition_target", "proposition_delivery", "stakeholder")


class LibraryDialog(QDialog):
    """Find a proposition that worked elsewhere and copy it into this deal."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Proposition library"))
        self.search = QLineEdit(placeholderText=self.tr("Find: words, pinyin, account"))
        self.search.setObjectName("librarySearch")
        self.list = QListWidget()
        self.list.setObjectName("libraryList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.copy = buttons.addButton(self.tr("Copy into this deal"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.resize(640, 420)
        self.refresh()

    def refresh(self, *_a) -> None:
        self.list.clear()
        for p in propositions.library(self.session.db, self.search.text()):
            mark = "★ " if p["worked"] else ""
            where = " · ".join(x for x in (p["account_name"], p["opportunity_name"]) if x)
            stats = self.tr("%1 deliveries, %2 landed well").replace("%1", str(p["deliveries"])) \
                .replace("%2", str(p["positive"]))
            item = QListWidgetItem(f"{mark}{p['title']}\u2028{p['text']}\u2028{where} — {stats}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class PropositionsView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.opportunity_id: str | None = None
        self.props: list[dict] = []
        lang = session.lang

        self.list = QListWidget()
        self.list.setObjectName("propositionList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._show_current)
        add = QPushButton(self.tr("New proposition"))
        add.setObjectName("addProposition")
        add.clicked.connect(self.add_proposition)
        remove = QPushButton(self.tr("Delete"))
        remove.setObjectName("deleteProposition")
        remove.clicked.connect(self.delete_current)
        lib = QPushButton(self.tr("From the library…"))
        lib.setObjectName("openLibrary")
        lib.clicked.connect(self.open_library)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        for b in (add, remove, lib):
            row.addWidget(b)
        left.addLayout(row)
        left_w = QWidget()
        left_w.setLayout(left)

        # the editor
        self.form = RecordForm(session, "value_proposition", self)
        self.title = self.form.bind("title", QLineEdit())
        self.text = self.form.bind("text", QPlainTextEdit())
        self.text.setPlaceholderText(self.tr("What we say in under a minute: the advantage, the proof, "
                                             "what it means to them."))
        self.text.setMaximumHeight(110)
        self.seconds = QLabel()
        self.seconds.setObjectName("spokenSeconds")
        self.worked = QCheckBox(self.tr("Worked"))
        self.worked.setObjectName("propositionWorked")
        self.in_library = QCheckBox(self.tr("In the library"))
        self.in_library.setObjectName("propositionInLibrary")
        self.worked.clicked.connect(lambda on: self._flag("worked", on))
        self.in_library.clicked.connect(lambda on: self._flag("in_library", on))
        flags = QHBoxLayout()
        flags.addWidget(self.seconds, 1)
        flags.addWidget(self.worked)
        flags.addWidget(self.in_library)
        form = QFormLayout()
        form.addRow(self.tr("Headline"), self.title)
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", flags)

        self.targets = QListWidget()
        self.targets.setObjectName("propositionTargets")
        self.targets.setMaximumHeight(90)
        self.target_person = QComboBox()
        self.target_person.setObjectName("targetPerson")
        aim = QPushButton(self.tr("Aim at"))
        aim.setObjectName("addTarget")
        aim.clicked.connect(self.add_target)
        unaim = QPushButton(self.tr("Remove"))
        unaim.clicked.connect(self.remove_target)
        trow = QHBoxLayout()
        trow.addWidget(self.target_person, 1)
        trow.addWidget(aim)
        trow.addWidget(unaim)
        form.addRow(self.tr("Aimed at"), self.targets)
        form.addRow("", trow)

        self.deliveries = QTableWidget(0, 5)
        self.deliveries.setObjectName("deliveryTable")
        self.deliveries.setHorizontalHeaderLabels([self.tr("When"), self.tr("Channel"), self.tr("To whom"),
                                                   self.tr("How it landed"), self.tr("Note")])
        self.deliveries.verticalHeader().setVisible(False)
        self.deliveries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.deliveries.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.deliveries.horizontalHeader().setStretchLastSection(True)
        self.when = common.DateLine()
        self.when.setObjectName("deliveryDate")
        self.channel = common.vocab_combo(vocab.CHANNEL, lang)
        self.channel.setObjectName("deliveryChannel")
        self.to_whom = QComboBox()
        self.to_whom.setObjectName("deliveryPerson")
        self.reaction = common.vocab_combo(vocab.REACTION, lang)
        self.reaction.setObjectName("deliveryReaction")
        self.note = QLineEdit(placeholderText=self.tr("Note"))
        self.note.setObjectName("deliveryNote")
        log = QPushButton(self.tr("Log delivery"))
        log.setObjectName("logDelivery")
        log.clicked.connect(self.log_delivery)
        undeliver = QPushButton(self.tr("Delete delivery"))
        undeliver.clicked.connect(self.delete_delivery)
        drow = QHBoxLayout()
        for w in (self.when, self.channel, self.to_whom, self.reaction):
            drow.addWidget(w)
        drow.addWidget(self.note, 1)
        drow.addWidget(log)
        deliveries = QGroupBox(self.tr("Deliveries: when, how, to whom, how it landed"))
        dl = QVBoxLayout(deliveries)
        dl.addWidget(self.deliveries)
        dl.addLayout(drow)
        dl.addWidget(undeliver, 0, Qt.AlignmentFlag.AlignRight)

        self.editor = QWidget()
        el = QVBoxLayout(self.editor)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(form)
        el.addWidget(deliveries, 1)

        self.warnings = QListWidget()
        self.warnings.setObjectName("propositionWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(90)
        split = QSplitter()
        split.addWidget(left_w)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.warnings)
        session.bus.changed.connect(self._on_changed)

    # loading ---------------------------------------------------------------
    def show_opportunity(self, opportunity_id: str | None) -> None:
        self.opportunity_id = opportunity_id
        for combo in (self.target_person, self.to_whom):
            combo.clear()
        if opportunity_id:
            opp = self.session.records.get("opportunity", opportunity_id)
            for p in decision_chain.people_for_roles(self.session.db, opp["account_id"]):
                self.target_person.addItem(p["name"], p["id"])
                self.to_whom.addItem(p["name"], p["id"])
        self.when.set_date(date.today())
        self.reload()

    def current_id(self) -> str | None:
        row = self.list.currentRow()
        return self.props[row]["id"] if 0 <= row < len(self.props) else None

    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        self.props = (propositions.deal_propositions(self.session.db, self.opportunity_id)
                      if self.opportunity_id else [])
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.props:
            mark = "★ " if p["worked"] else ""
            item = QListWidgetItem(f"{mark}{p['title']}\u2028" + self.tr("≈ %1 s · %2 people · %3 deliveries")
                                   .replace("%1", f"{p['seconds']:.0f}").replace("%2", str(len(p["targets"])))
                                   .replace("%3", str(len(p["deliveries"]))))
            if p["seconds"] > propositions.MAX_SECONDS:
                item.setForeground(QColor("#c8372d"))
            self.list.addItem(item)
        ids = [p["id"] for p in self.props]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self._show_current()
        common.fill_warnings(self.warnings, self.session, propositions.warnings(self.props),
                             self.tr("Two or three short propositions, each aimed and delivered: good."))

    def _show_current(self, *_a) -> None:
        pid = self.current_id()
        self.editor.setEnabled(pid is not None)
        self.form.load(pid)
        self.targets.clear()
        self.deliveries.setRowCount(0)
        if pid is None:
            self.seconds.setText("")
            return
        p = next(x for x in self.props if x["id"] == pid)
        self.seconds.setText(self.tr("About %1 seconds to say (limit 60)").replace("%1", f"{p['seconds']:.0f}"))
        self.worked.setChecked(p["worked"])
        self.in_library.setChecked(p["in_library"])
        for t in p["targets"]:
            item = QListWidgetItem(t["name"])
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            self.targets.addItem(item)
        lang = self.session.lang
        for d in p["deliveries"]:
            r = self.deliveries.rowCount()
            self.deliveries.insertRow(r)
            cells = [d["delivered_on"].isoformat(), vocab.CHANNEL.label(d["channel"], lang), d["name"],
                     vocab.REACTION.label(d["reaction"], lang), d["note"]]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d["id"])
                self.deliveries.setItem(r, c, item)
        self.deliveries.resizeColumnsToContents()
        self.deliveries.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.opportunity_id and changes.touches(*KINDS):
            self.reload()

    # edits -----------------------------------------------------------------
    def add_proposition(self) -> None:
        if not self.opportunity_id:
            return
        opp = self.session.records.get("opportunity", self.opportunity_id)
        new = common.create(self.session, self.tr("New value proposition"), "value_proposition", {
            "account_id": opp["account_id"], "opportunity_id": opp["id"],
            "title": self.tr("New proposition")})
        if new:
            self.session.bus.flush()
            self.reload(keep=new)
            self.title.setFocus()
            self.title.selectAll()

    def delete_current(self) -> None:
        pid = self.current_id()
        if pid:
            common.delete(self.session, self.tr("Delete value proposition"), "value_proposition", pid)

    def _flag(self, field: str, on: bool) -> None:
        pid = self.current_id()
        if pid:
            text = self.tr("Mark as worked") if field == "worked" else self.tr("Put in the library")
            common.edit(self.session, text, "value_proposition", pid, {field: bool(on)})

    def add_target(self) -> None:
        pid, who = self.current_id(), self.target_person.currentData()
        if not pid or not who:
            return
        if any(x["stakeholder_id"] == who for p in self.props if p["id"] == pid for x in p["targets"]):
            return
        common.create(self.session, self.tr("Aim proposition"), "proposition_target",
                      {"proposition_id": pid, "stakeholder_id": who})

    def remove_target(self) -> None:
        item = self.targets.currentItem()
        if item:
            common.delete(self.session, self.tr("Remove proposition target"), "proposition_target",
                          item.data(Qt.ItemDataRole.UserRole))

    def log_delivery(self) -> None:
        pid = self.current_id()
        if not pid:
            return
        try:
            when = self.when.date() or date.today()
        except ValueError as exc:  # the core rule says what to type
            self.session.error.emit(common.error_text(exc, self.session.lang))
            return
        if common.create(self.session, self.tr("Log delivery"), "proposition_delivery", {
                "proposition_id": pid, "stakeholder_id": self.to_whom.currentData(),
                "delivered_on": when, "channel": self.channel.currentData(),
                "reaction": self.reaction.currentData(), "note": self.note.text().strip()}):
            self.note.clear()

    def delete_delivery(self) -> None:
        item = self.deliveries.currentItem()
        if item:
            common.delete(self.session, self.tr("Delete delivery"), "proposition_delivery",
                          item.data(Qt.ItemDataRole.UserRole))

    def open_library(self) -> None:
        if not self.opportunity_id:
            return
        dialog = LibraryDialog(self.session, self)
        if dialog.exec() and dialog.chosen():
            self.copy_from_library(dialog.chosen())

    def copy_from_library(self, prop: dict) -> str | None:
        opp = self.session.records.get("opportunity", self.opportunity_id)
        new = common.create(self.session, self.tr("Copy proposition from the library"), "value_proposition",
                            propositions.copy_values(prop, opp))
        if new:
            self.session.bus.flush()
            self.reload(keep=new)
        return new
