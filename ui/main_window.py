"""The main window: assembles the panels and the menus; holds no business
rules (those are in ``planner.services``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from planner import APP_NAME, __version__
from ui import settings
from ui.account_list import AccountListPanel
from ui.account_page import AccountPage
from ui.demo_banner import DemoBanner
from ui.dialogs import show_error
from ui.conflict_dialog import ConflictDialog
from ui.importer.actions import ContactActions
from ui.session import Session
from ui.sync_actions import SyncActions


class MainWindow(QMainWindow):
    #: the controller opens databases and changes language (it rebuilds us)
    open_requested = Signal(str)        # path
    new_requested = Signal()
    start_own_requested = Signal()
    load_demo_requested = Signal()
    preferences_requested = Signal()

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("mainWindow")
        self.accounts = AccountListPanel(session)
        self.page = AccountPage(session)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.accounts)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 900])
        self.splitter.setCollapsible(0, False)  # the account list never vanishes by a stray drag

        self.sync = SyncActions(session, self, self._current_account)
        self.sync.imported.connect(lambda report: report.conflicts and self.show_conflicts())
        self.setAcceptDrops(True)  # drop a sync bundle on the window to import it

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if session.demo:
            self.banner = DemoBanner()
            self.banner.start_empty.connect(self.start_own_requested)
            layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._update_title()

        self.accounts.account_selected.connect(self._account_selected)
        session.error.connect(lambda text: show_error(self, self.tr("Not saved"), text))
        session.undo_stack.cleanChanged.connect(self._update_title)  # a bound method: dropped with the window
        self.db_label = QLabel(str(session.db.path))
        self.statusBar().addPermanentWidget(self.db_label)
        self._restore_state()
        from ui.external_changes import ExternalChanges
        self.external = ExternalChanges(session, self)

    # menus -----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New database…"), self.new_requested.emit, name="newDatabase")
        self._action(file, self.tr("&Open database…"), self._open_database, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("Load the &demo accounts"), self.load_demo_requested.emit, name="loadDemo")
        file.addSeparator()  # PDF reports
        self._action(file, self.tr("Export account &plan…"), self._export_plan, "Ctrl+P", "exportPlan")
        self._action(file, self.tr("Pre-visit &brief…"), self._export_brief, "Ctrl+Shift+B", "exportBrief")
        file.addSeparator()
        # contact import / export (ui/importer)
        self.contacts = ContactActions(self.session, self, self._current_account)
        self._action(file, self.tr("&Import contacts…"), lambda: self.contacts.import_contacts(), name="importContacts")
        self._action(file, self.tr("E&xport contacts…"), self.contacts.export_contacts, name="exportContacts")
        self._action(file, self.tr("Export planned &visits to calendar…"), self._export_calendar,
                     name="exportCalendar")  # search & calendar (issue 5)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undoAction")
        redo = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Y as well as the platform's Redo (on Linux only Ctrl+Shift+Z)
        redo.setShortcuts(list(dict.fromkeys(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])))
        redo.setObjectName("redoAction")
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Find account"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(edit, self.tr("&Search everything…"), self.open_search, "Ctrl+K", "searchEverything")
        self._action(edit, self.tr("&Preferences…"), self.preferences_requested.emit,
                     QKeySequence.StandardKey.Preferences if not QKeySequence(QKeySequence.StandardKey.Preferences).isEmpty() else "Ctrl+,")

        from ui.new_menu import NewMenu
        self.new_menu = NewMenu(self, bar.addMenu(self.tr("&New")))

        sync = bar.addMenu(self.tr("&Sync"))
        self._action(sync, self.tr("&Export for a teammate…"), self.sync.export, "Ctrl+Shift+E", "syncExport")
        self._action(sync, self.tr("&Import a file…"), self.sync.choose_and_import, "Ctrl+Shift+I", "syncImport")
        sync.addSeparator()
        self._action(sync, self.tr("Review &conflicts…"), self.show_conflicts, name="syncConflicts")

        view = bar.addMenu(self.tr("&View"))
        for i in range(self.page.tabs.count()):
            title = self.page.tabs.tabText(i).replace("&&", "&")
            self._action(view, title, lambda _=False, i=i: self.page.tabs.setCurrentIndex(i), f"Alt+{i + 1}")
        # the portfolio across accounts (issue 10)
        view.addSeparator()
        self._action(view, self.tr("&Portfolio: tiers against revenue…"), self.page.plan.open_portfolio,
                     "Ctrl+Shift+O", "portfolioView")
        # Visits: This week and quick capture (issue 5)
        from ui.visits.window_actions import VisitActions
        self.visit_actions = VisitActions(self, view)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), self._about)

    def _open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(self.session.db.path.parent),
                                              self.tr("Planner database (*.db);;All files (*)"))
        if path:
            self.open_requested.emit(path)

    def _focus_search(self) -> None:
        self.accounts.search.setFocus()
        self.accounts.search.selectAll()

    # search & calendar (issue 5) ---------------------------------------------
    def open_search(self) -> None:
        if getattr(self, "search_palette", None) is None:
            from ui.search.palette import SearchPalette

            self.search_palette = SearchPalette(self.session, self)
            self.search_palette.chosen.connect(self.reveal)
        self.search_palette.open_fresh()

    def reveal(self, kind: str, record_id: str, account_id: str = "") -> None:
        """Show a record: select its account, switch to the tab that holds it
        (the tab's optional ``reveal(record_id)`` selects the record)."""
        self.activateWindow()
        if account_id and self.accounts.selected_id() != account_id:
            if not self.accounts.select(account_id) or self.accounts.selected_id() != account_id:
                self.accounts.search.clear()  # the list filter hid it
                self.accounts.select(account_id)
        self.page.reveal(kind, record_id)

    def _export_calendar(self) -> None:
        from ui.calendar_export import export_planned_visits

        export_planned_visits(self, self.session)

    def _about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.session.db.path, self).exec()

    def _current_account(self) -> tuple[str | None, str | None]:
        account_id = self.accounts.selected_id() or None
        if not account_id:
            return None, None
        return account_id, self.session.records.get("account", account_id)["name"]

    def _export_plan(self) -> None:
        from ui.report_dialogs import PlanExportDialog

        account_id, name = self._current_account()
        if account_id is None:
            show_error(self, self.tr("Export account plan"), self.tr("Choose an account first."))
            return
        PlanExportDialog(self.session, account_id, name, self).exec()

    def _export_brief(self) -> None:
        from ui.report_dialogs import export_brief

        export_brief(self.session, self, self._current_account()[0])

    def show_conflicts(self) -> None:
        ConflictDialog(self.session, self).exec()

    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.sync.import_path(Path(urls[0].toLocalFile()))

    # state -----------------------------------------------------------------
    def _account_selected(self, account_id: str) -> None:
        self.page.show_account(account_id or None)
        if account_id:
            settings.settings().setValue(self._key("account"), account_id)

    def _key(self, name: str) -> str:
        return f"db/{self.session.db.path}/{name}"

    def _update_title(self, *_) -> None:
        suffix = self.tr(" — demo data") if self.session.demo else ""
        self.setWindowTitle(f"{APP_NAME} — {self.session.db.path.name}{suffix}")

    def _restore_state(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)
        tab = s.value("window/tab", 0)
        self.page.tabs.setCurrentIndex(int(tab or 0))
        last = s.value(self._key("account"), "")
        if not (last and self.accounts.select(last)) and self.accounts.proxy.rowCount():
            self.accounts.view.setCurrentIndex(self.accounts.proxy.index(0, 0))

    def save_state(self) -> None:
        s = settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/tab", self.page.tabs.currentIndex())

    def closeEvent(self, event) -> None:
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits an edit in progress (focus-out saves)
        self.save_state()
        super().closeEvent(event)
