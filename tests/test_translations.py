"""The Chinese interface: complete, compiled, and in use."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n

TS = i18n.TRANSLATIONS / "planner_zh_CN.ts"
QM = i18n.TRANSLATIONS / "planner_zh_CN.qm"
ROOT = Path(__file__).resolve().parents[1]


def test_every_string_is_translated():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 50
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")
                  or not (m.find("translation").text or "").strip()]
    assert unfinished == []


@pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="pyside6-lupdate not installed")
def test_no_interface_text_is_missing_from_the_translation_file(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    out = subprocess.run(["pyside6-lupdate", *sources, "-ts", str(copy)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "0 new" in out, out


@pytest.mark.skipif(not shutil.which("pyside6-lrelease"), reason="pyside6-lrelease not installed")
def test_compiled_translation_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: pyside6-lrelease resources/translations/planner_zh_CN.ts"


def test_window_speaks_chinese(qtbot, db, records):
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.worker import ImmediateWorker

    records.create("account", {"name": "华东电力", "tier": "S"})
    assert i18n.install("zh_CN")
    try:
        win = MainWindow(Session(db, ImmediateWorker(), lang="zh_CN"))
        qtbot.addWidget(win)
        tabs = [win.page.tabs.tabText(i) for i in range(win.page.tabs.count())]
        assert tabs[:3] == ["概览", "关系图谱", "联系人"]
        assert [a.text() for a in win.menuBar().actions()][0] == "文件(&F)"
        tier = win.accounts.tier
        assert tier.itemText(tier.findData("S")) == "S – 战略客户"
    finally:
        i18n.install("en")


def test_a_persons_name_and_title_have_the_words_reps_use():
    """姓名 and 职务 for a person (名称 and 标题 are for things and notes)."""
    from planner.labels import field_label

    assert field_label("title", "zh", "stakeholder") == "职务"
    assert field_label("name", "zh", "stakeholder") == "姓名"
    assert field_label("title", "zh", "note") == "标题"
    assert field_label("name", "zh", "account") == "名称"
    assert field_label("title", "en", "stakeholder") == "Title"


def test_the_people_table_headers_in_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install("zh_CN")
    try:
        assert QCoreApplication.translate("StakeholderTableModel", "Title") == "职务"
        assert QCoreApplication.translate("StakeholderTableModel", "Name") == "姓名"
        assert QCoreApplication.translate("PersonPanel", "Title") == "职务"
    finally:
        i18n.install("en")
