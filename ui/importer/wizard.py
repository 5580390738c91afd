"""The import wizard: file → columns → preview. Planning runs on the
database worker (big files do not freeze the window); the wizard only
collects choices. :class:`ui.importer.actions.ContactActions` writes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from planner.importers.mapping import Mapping
from planner.importers.plan import build_plan
from ui.dialogs import show_error
from ui.importer.file_page import FilePage
from ui.importer.mapping_page import MappingPage
from ui.importer.preview_page import PreviewPage


class ImportWizard(QWizard):
    planned = Signal()

    def __init__(self, session, parent=None, default_account: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.session = session
        self.default_account = default_account
        self.table = None
        self.targets: list[str] = []
        self.account_name = default_account
        self.choices: dict[int, str] = {}
        self.plan = None
        self.file_page, self.mapping_page, self.preview_page = FilePage(self), MappingPage(self), PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(980, 620)

    def mapping(self) -> Mapping:
        return Mapping.from_targets(self.table, self.targets, self.account_name)

    def choose(self, line: int, choice: str) -> None:
        self.choices[line] = choice
        self.replan()

    def replan(self) -> None:
        """Build the preview on the worker; the page shows it when done."""
        db, table, mapping = self.session.db, self.table, self.mapping()
        account, choices = self.account_name, dict(self.choices)
        self.plan = None
        self.preview_page.completeChanged.emit()

        def done(plan) -> None:
            self.plan = plan
            self.preview_page.show_plan()
            self.planned.emit()

        def failed(exc: BaseException) -> None:
            show_error(self, self.tr("Cannot preview the import"),
                       exc.text(self.session.lang) if hasattr(exc, "text") else str(exc))

        self.session.worker.submit(lambda: build_plan(db, table, mapping, account, choices), done, failed)
