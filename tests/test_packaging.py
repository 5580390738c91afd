"""Packaging: one source for name and version, the icon, the About dialog,
bundled fonts, the spec's Qt module list, and (only when a build exists) the
smoke test of the built binary (packaging/smoke_test.py)."""

import os
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QGuiApplication

import planner
from planner.fonts import register_bundled_fonts
from ui.about_dialog import AboutDialog
from ui.app_icon import app_icon

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "key-account-planner" / ("planner.exe" if sys.platform == "win32" else "planner")
CJK_FONTS = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
             Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")]


def test_name_and_version_come_from_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (planner.APP_ID, planner.__version__) == (project["name"], project["version"])


def test_the_application_has_its_icon(qapp):
    from ui.app import make_application

    assert not app_icon().isNull()
    assert not app_icon().pixmap(64, 64).isNull()  # the SVG renders (svg icon engine present)
    assert not make_application().windowIcon().isNull()


def test_about_shows_version_database_and_data_folder(qtbot, tmp_path, monkeypatch):
    from ui import about_dialog

    monkeypatch.setattr(about_dialog, "data_dir", lambda: tmp_path / "data")
    dialog = AboutDialog(tmp_path / "数据" / "planner.db")
    qtbot.addWidget(dialog)
    assert planner.__version__ in dialog.version.text()
    assert dialog.fields["database"].text() == str(tmp_path / "数据" / "planner.db")
    assert dialog.fields["data"].text() == str(tmp_path / "data")
    dialog.findChild(type(dialog.open_folder), "aboutCopy").click()
    copied = QGuiApplication.clipboard().text()
    assert planner.__version__ in copied and "数据" in copied and str(tmp_path / "data") in copied


def test_help_about_opens_the_about_dialog(qtbot, db, monkeypatch):
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.worker import ImmediateWorker

    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self.fields["database"].text()))
    window = MainWindow(Session(db, ImmediateWorker()))
    qtbot.addWidget(window)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text()][0]
    help_menu.actions()[0].trigger()
    assert opened == [str(db.path)]


def test_no_fonts_folder_registers_nothing(qapp, tmp_path):
    assert register_bundled_fonts(tmp_path / "missing") == []
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "README.txt").write_text("not a font")
    assert register_bundled_fonts(tmp_path / "empty") == []


def test_a_bundled_chinese_font_is_registered_and_becomes_the_fallback(qapp, tmp_path):
    font = next((f for f in CJK_FONTS if f.is_file()), None)
    if font is None:
        pytest.skip("no CJK font file on this machine to stand in for a bundled one")
    shutil.copy(font, tmp_path / font.name)
    families = register_bundled_fonts(tmp_path, fallback=True)
    assert families
    assert register_bundled_fonts(tmp_path, fallback=True) == families  # once per folder
    assert families[0].lower() in [s.lower() for s in QFont.substitutes("Arial")]
    assert families[0].lower() in [s.lower() for s in QFont.substitutes("Segoe UI")]


def test_the_spec_keeps_every_qt_module_the_code_imports():
    used = set()
    for package in ("planner", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    spec = (ROOT / "packaging" / "planner.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"PySide6\.(Qt\w+)"', spec[spec.index("excludes = ["):spec.index("a = Analysis")]))
    may_come_back = {"QtPrintSupport", "QtNetwork", "QtPdf"}  # the spec keeps these when imported
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not (used & excluded) - may_come_back


@pytest.mark.skipif(not BUILT.is_file(), reason="no build: run python packaging/build.py first")
def test_the_built_binary_passes_the_smoke_test(tmp_path):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import smoke_test
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    env_before = dict(os.environ)
    try:
        assert smoke_test.main([str(BUILT.parent), "--keep", str(tmp_path / "smoke")]) == 0
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert (tmp_path / "smoke" / "shots" / "window.png").is_file()


@pytest.mark.parametrize("argv, window", [
    ([], True), (["--db", "x.db"], True), (["--db=x.db"], True),
    (["--db", "x.db", "demo"], False), (["--version"], False), (["--help"], False), (["dump"], False)])
def test_the_frozen_entry_opens_the_window_only_without_a_command(argv, window):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import entry
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert entry.opens_window(argv) is window
    assert entry.db_option(argv) == ("x.db" if argv and argv[0].startswith("--db") else None)


def test_bundled_fonts_reach_matplotlib_charts(tmp_path):
    from matplotlib import font_manager

    from planner.fonts import register_matplotlib_fonts

    font = next((f for f in CJK_FONTS if f.is_file()), None)
    if font is None:
        pytest.skip("no CJK font file on this machine to stand in for a bundled one")
    shutil.copy(font, tmp_path / font.name)
    register_matplotlib_fonts(tmp_path)
    assert any(Path(f.fname).parent == tmp_path for f in font_manager.fontManager.ttflist)
