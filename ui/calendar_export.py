"""File → Export planned visits to calendar…: an .ics file for Outlook or
any calendar (the same export as ``planner ics``), written on the worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from ui.dialogs import show_error
from ui.session import Session


def export_planned_visits(window: QMainWindow, session: Session, path: str | None = None) -> None:
    """Ask for a file (unless ``path``), then write the planned visits from
    today on, of every account."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("CalendarExport", "Export planned visits to calendar"),
            "planned-visits.ics", QCoreApplication.translate("CalendarExport", "iCalendar file (*.ics)"))
        if not path:
            return
        if not path.lower().endswith(".ics"):
            path += ".ics"
    from planner.calendar.ics import export_ics

    db, lang = session.db, session.lang
    done_text = QCoreApplication.translate("CalendarExport", "%1 planned visit(s) exported to %2")
    failed_title = QCoreApplication.translate("CalendarExport", "Calendar export failed")

    def done(n: int) -> None:
        window.statusBar().showMessage(done_text.replace("%1", str(n)).replace("%2", path), 8000)

    session.worker.submit(lambda: export_ics(db, path, lang=lang), done,
                          lambda exc: show_error(window, failed_title, str(exc)))
