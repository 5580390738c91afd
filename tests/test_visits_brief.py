"""The Visits & notes tab's "Pre-visit brief…" button: enabled for a planned
visit only, opens the same picker as File → Pre-visit brief with that visit
chosen, and writes the brief."""

from datetime import datetime, timedelta

import pytest

pytest.importorskip("reportlab")

from ui.main_window import MainWindow  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.worker import ImmediateWorker  # noqa: E402


def test_brief_button_for_the_selected_planned_visit(qtbot, db, records, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui import report_dialogs

    acc, _ = records.create("account", {"name": "华东电网", "tier": "S"})
    person, _ = records.create("stakeholder", {"account_id": acc, "name": "王军", "importance": 5})
    now = datetime.now().replace(second=0, microsecond=0)
    planned, _ = records.create("visit", {"account_id": acc, "starts_at": now + timedelta(days=3),
                                          "status": "planned", "purpose": "评审试点方案"})
    records.create("visit_attendee", {"visit_id": planned, "stakeholder_id": person})
    # another planned visit listed first in the picker: the button must choose ours, not the first
    records.create("visit", {"account_id": acc, "starts_at": now + timedelta(days=1), "status": "planned",
                             "purpose": "先到的拜访"})
    done, _ = records.create("visit", {"account_id": acc, "starts_at": now - timedelta(days=10),
                                       "status": "done", "purpose": "上次交流"})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.accounts.select(acc)
    win.page.tabs.setCurrentWidget(win.page.visits)
    tab = win.page.visits
    assert not tab.brief.isEnabled()  # nothing selected
    assert tab.select_entry("visit", done) and not tab.brief.isEnabled()  # a past visit: no brief
    assert tab.select_entry("visit", planned) and tab.brief.isEnabled()

    chosen = {}

    def accept(picker):
        chosen["visit"] = picker.visit_id()
        return True
    monkeypatch.setattr(report_dialogs.VisitPicker, "exec", accept)
    out = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.brief.click()
    assert chosen["visit"] == planned
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    import pypdf
    body = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "评审试点方案" in body.replace(" ", "") and "王军" in body
    session.undo_stack.cleanChanged.disconnect()
