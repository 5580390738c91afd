"""The GUI's plan export: preview pages are rendered, Save writes the PDF;
the visit picker lists planned visits first."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from planner.demo import add_demo  # noqa: E402
from planner.services.lookup import find_account  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.worker import ImmediateWorker  # noqa: E402


def test_plan_preview_and_save(qtbot, db, records, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from ui.report_dialogs import PlanExportDialog

    add_demo(records)
    session = Session(db, ImmediateWorker())
    aid = find_account(db, "Northwind Hospital Group")
    dialog = PlanExportDialog(session, aid, "Northwind Hospital Group")
    qtbot.addWidget(dialog)
    assert dialog.lang.currentData() == "en"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # nothing to save before the preview is built
    qtbot.waitUntil(lambda: dialog.pdf is not None)  # built when the dialog opens
    assert dialog.pages.count() >= 8 and save.isEnabled()
    plain = dialog.pdf
    dialog.private.setChecked(True)  # an option change rebuilds the preview
    assert dialog.pdf != plain
    import io

    import pypdf
    first = [pypdf.PdfReader(io.BytesIO(pdf)).pages[2].extract_text() for pdf in (plain, dialog.pdf)]
    assert "PRIVATE" not in first[0] and "PRIVATE" in first[1]
    assert dialog.bar.value() == 100
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.save()
    assert out.read_bytes().startswith(b"%PDF")


def test_visit_picker_lists_planned_first(qtbot, db, records):
    from ui.report_dialogs import VisitPicker

    add_demo(records)
    session = Session(db, ImmediateWorker())
    picker = VisitPicker(session, find_account(db, "华东某省电力公司"))
    qtbot.addWidget(picker)
    assert picker.list.count() > 5
    assert picker.list.item(0).text().startswith("▶") and picker.visit_id()
