"""Every translatable text lands in a context Qt looks up at run time.

``something.tr("…")`` on a receiver other than ``self`` inside a plain
function is filed by lupdate under a context named after the variable
("widget", "picker"), which no class has: the text then shows in English
in the Chinese interface. Use ``QCoreApplication.translate("Context", …)``."""

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "ui"


def _stray_tr_calls() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
                found.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    return found


def test_no_tr_on_a_receiver_other_than_self():
    assert _stray_tr_calls() == []


def test_attendee_briefing_is_in_chinese(qtbot, db, records):
    """The briefing in Plan a visit and the visit panel, with the Chinese
    translations of its labels under the context it looks them up in."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.session import Session
    from ui.visits.plan_dialog import briefing_html
    from ui.worker import ImmediateWorker

    acc, _ = records.create("account", {"name": "华东电力"})
    pid, _ = records.create("stakeholder", {"account_id": acc, "name": "王军"})
    seen = {}

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            seen[source] = context
            return ""
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        from PySide6.QtWidgets import QWidget
        widget = QWidget()
        briefing_html(widget, Session(db, ImmediateWorker(), lang="zh_CN"), [pid])
        briefing_html(widget, Session(db, ImmediateWorker(), lang="zh_CN"), [])
    finally:
        QCoreApplication.removeTranslator(recorder)
    for label in ("Buying roles", "Attitude", "Business metrics", "Decision criteria", "Personal wins",
                  "Open actions", "Tick the people who will attend to see their roles, attitude and open actions."):
        assert seen[label] == "VisitBriefing"


@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate not installed")
def test_lupdate_files_the_briefing_under_its_context(tmp_path):
    ts = tmp_path / "check.ts"
    subprocess.run(["pyside6-lupdate", "ui/visits/plan_dialog.py", "ui/report_dialogs.py", "-ts", str(ts)],
                   cwd=UI.parent, capture_output=True, check=True)
    contexts = {c.findtext("name"): {m.findtext("source") for m in c.iter("message")}
                for c in ET.parse(ts).getroot().iter("context")}
    assert {"Buying roles", "Open actions", "Personal wins"} <= contexts["VisitBriefing"]
    assert {"Save the brief", "Pre-visit brief"} <= contexts["VisitPicker"]
    assert "widget" not in contexts and "picker" not in contexts
