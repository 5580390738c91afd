"""The plan export dialog never offers a PDF built for older options (the
private-information race), writes where the user chose (.pdf added, a clear
error when it cannot), suggests "<account> account plan <date>.pdf"; the
brief's save flow likewise; and every tr() is filed under a real context."""

from __future__ import annotations

import ast
import io
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")

from planner.demo import add_demo  # noqa: E402
from planner.reports.file_names import report_file_name  # noqa: E402
from planner.services.lookup import find_account  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.worker import ImmediateWorker  # noqa: E402

ACCOUNT = "华东某省电力公司"
ROOT = Path(__file__).resolve().parents[1]


class HeldWorker:
    """Runs each job when the test says so, in any order (like a busy
    thread pool finishing builds late)."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def submit(self, fn, on_done=None, on_error=None) -> None:
        self.jobs.append((fn, on_done, on_error))

    def finish(self, index: int) -> None:
        fn, on_done, on_error = self.jobs[index]
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            if on_error:
                on_error(exc)
            return
        if on_done:
            on_done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True


def _text(pdf: bytes) -> str:
    import pypdf

    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def demo(db, records):
    add_demo(records)
    return db, find_account(db, ACCOUNT)


@pytest.mark.parametrize("order", [(1, 2), (2, 1)])
def test_an_older_preview_never_replaces_a_newer_request(qtbot, demo, order):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.report_dialogs import PlanExportDialog

    db, aid = demo
    worker = HeldWorker()
    dialog = PlanExportDialog(Session(db, worker), aid, ACCOUNT)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(lambda: len(worker.jobs) == 1)  # the first preview, on opening
    worker.finish(0)
    assert save.isEnabled() and "PRIVATE" not in _text(dialog.pdf)
    dialog.private.setChecked(True)   # job 1: with the private note
    dialog.private.setChecked(False)  # job 2: without; this is what the user wants now
    assert len(worker.jobs) == 3
    assert not save.isEnabled() and dialog.pdf is None  # the old PDF no longer matches
    for job in order:
        worker.finish(job)
        if job == 1:  # the stale build, with private data, arriving first or last
            assert dialog.pdf is None or "PRIVATE" not in _text(dialog.pdf)
            assert save.isEnabled() == (order == (2, 1))
    assert save.isEnabled() and not dialog.private.isChecked()
    assert "PRIVATE" not in _text(dialog.pdf)


def test_a_stale_failure_does_not_show_an_error(qtbot, demo, monkeypatch):
    from ui import dialogs
    from ui.report_dialogs import PlanExportDialog

    db, aid = demo
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    worker = HeldWorker()
    dialog = PlanExportDialog(Session(db, worker), aid, ACCOUNT)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(worker.jobs) == 1)
    dialog.private.setChecked(True)
    worker.jobs[0] = (lambda: (_ for _ in ()).throw(RuntimeError("old build broke")), *worker.jobs[0][1:])
    worker.finish(0)
    assert shown == [] and dialog.status.text() != ""  # still "building"
    worker.finish(1)
    assert dialog.pdf is not None


def _ready_dialog(qtbot, demo):
    from ui.report_dialogs import PlanExportDialog

    db, aid = demo
    dialog = PlanExportDialog(Session(db, ImmediateWorker()), aid, ACCOUNT)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None)
    return dialog


def test_save_to_an_unwritable_place_shows_an_error_and_stays_open(qtbot, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui import dialogs

    dialog = _ready_dialog(qtbot, demo)
    dialog.show()
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    bad = tmp_path / "missing" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    dialog.save()  # no exception escapes
    assert len(shown) == 1 and str(bad) in shown[0][2] and dialog.isVisible()
    assert not bad.parent.exists()


def test_save_adds_pdf_and_suggests_the_account_and_date(qtbot, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = _ready_dialog(qtbot, demo)
    asked = []

    def ask(parent, title, suggested, filter_):
        asked.append(Path(suggested).name)
        return str(tmp_path / "my plan"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    assert dialog.lang.currentData() == "zh"
    dialog.save()
    assert asked == [f"{ACCOUNT} 客户计划 {date.today().isoformat()}.pdf"]
    assert (tmp_path / "my plan.pdf").read_bytes().startswith(b"%PDF")
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))  # an English PDF: English name
    assert dialog.suggested_name() == f"{ACCOUNT} account plan {date.today().isoformat()}.pdf"


def test_report_file_names_are_safe():
    assert report_file_name('A/B: "Co".', "account_plan", "en", date(2026, 11, 23)) == \
        "A B Co account plan 2026-11-23.pdf"
    assert report_file_name("华东某省电力公司", "brief", "zh", date(2026, 1, 2)) == \
        "华东某省电力公司 拜访前简报 2026-01-02.pdf"


def test_brief_adds_pdf_reports_write_errors_and_names_the_account(qtbot, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

    from ui import dialogs
    from ui.report_dialogs import VisitPicker, export_brief

    db, aid = demo
    session = Session(db, ImmediateWorker())
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(VisitPicker, "exec", lambda self: QDialog.DialogCode.Accepted)
    shown, asked = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    answer = [str(tmp_path / "brief")]

    def ask(parent, title, suggested, filter_):
        asked.append(Path(suggested).name)
        return answer[0], ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    export_brief(session, window, aid)
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF") and shown == []
    assert asked[0].startswith(f"{ACCOUNT} 拜访前简报 ") and asked[0].endswith(".pdf")
    assert str(tmp_path / "brief.pdf") in window.statusBar().currentMessage()
    answer[0] = str(tmp_path / "missing" / "brief.pdf")
    export_brief(session, window, aid)
    assert len(shown) == 1 and answer[0] in shown[0][2]


def _foreign_tr_calls(path: Path) -> list[str]:
    """``x.tr(...)`` where x is not ``self``: lupdate files those strings
    under the context "x", which is not a class, so they stay English."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
            out.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate" and len(node.args) >= 2
                and not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
            out.append(f"{path.relative_to(ROOT)}:{node.lineno} (translate needs literal strings for lupdate)")
    return out


def test_every_tr_call_has_a_class_context():
    # ui/visits/plan_dialog.py: fixed on the branch that owns ui/visits/; drop this once merged
    pending_elsewhere = {"ui/visits/plan_dialog.py"}
    found = [hit for p in sorted((ROOT / "ui").rglob("*.py"))
             if str(p.relative_to(ROOT)) not in pending_elsewhere for hit in _foreign_tr_calls(p)]
    assert found == []
