"""PDF account plan and pre-visit brief: text (pdftotext), embedded fonts
(pdffonts), page count, bookmarks (pypdf), metadata, private data."""

from __future__ import annotations

import shutil
import subprocess

import pytest

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("reportlab")
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                reason="poppler-utils not installed")

from planner.cli.main import main  # noqa: E402
from planner.demo import add_demo  # noqa: E402
from planner.reports.brief import export_brief  # noqa: E402
from planner.reports.data import visit_choices  # noqa: E402
from planner.reports.plan import export_account_plan  # noqa: E402
from planner.services.lookup import find_account  # noqa: E402

GRID = "华东某省电力公司"
NORTHWIND = "Northwind Hospital Group"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):  # qapp: a QApplication before the map makes a QGuiApplication
    from planner.services import Records
    from planner.store import open_database

    path = tmp_path_factory.mktemp("pdf") / "demo.db"
    db = open_database(path)
    add_demo(Records(db))
    yield db, path
    db.close()


def text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def fonts(pdf) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def outline_titles(reader) -> list[str]:
    out = []

    def walk(items):
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                out.append(it.title)
    walk(reader.outline)
    return out


@pytest.fixture(scope="module")
def grid_plan(demo, tmp_path_factory):
    db, _ = demo
    pdf = tmp_path_factory.mktemp("plan") / "plan-zh.pdf"
    export_account_plan(db, find_account(db, GRID), pdf, lang="zh")
    return pdf


def test_chinese_plan_text_fonts_pages_bookmarks(grid_plan):
    body = text(grid_plan)
    for expected in ("客户计划", GRID, "客户关系图谱", "关键人一览", "决策链", "赵建国", "决策者",
                     "招投标规则", "过程控制点", "行动计划", "近期拜访", "优势", "威胁", "客户风险", "第 2 页 / 共"):
        assert expected in body, expected
    rows = fonts(grid_plan)
    assert rows, "no fonts"
    for row in rows:  # name type encoding emb sub uni ...
        assert row[-5] == "yes", f"font not embedded: {row}"
    reader = pypdf.PdfReader(str(grid_plan))
    assert 12 <= len(reader.pages) <= 40
    titles = outline_titles(reader)
    for expected in ("目录", "概要", "目标、SWOT 与风险", "客户关系图谱", "关键人一览", "联系计划", "行动计划"):
        assert expected in titles, (expected, titles)
    assert any(t.startswith("商机：") for t in titles)
    # Chinese line breaking: no line starts with closing punctuation
    assert not [ln for ln in body.splitlines() if ln.lstrip().startswith(("；", "，", "。", "：", "）"))]
    meta = reader.metadata
    assert GRID in meta.title and meta.author == "陈晓"
    # the map page is landscape A3 or A4
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert any(w > h for w, h in sizes)


def test_private_notes_only_with_the_flag(demo, tmp_path):
    db, _ = demo
    aid = find_account(db, GRID)
    with db.read() as s:
        from sqlalchemy import select

        from planner.models import Note, Stakeholder, Visit
        private_note = s.scalars(select(Note).where(Note.private.is_(True), Note.account_id == aid)).first()
        private_visit = s.scalars(select(Visit).where(Visit.notes_private.is_(True))).first()
        marked = s.scalars(select(Stakeholder).where(Stakeholder.account_id == aid)).all()
    assert private_note is not None
    secret = private_note.body.split("。")[0][:12]
    plain = tmp_path / "plain.pdf"
    full = tmp_path / "private.pdf"
    export_account_plan(db, aid, plain, lang="zh")
    export_account_plan(db, aid, full, lang="zh", include_private=True)
    shown, hidden = text(full), text(plain)
    assert secret.replace(" ", "") in shown.replace(" ", "").replace("\n", "")
    assert secret not in hidden.replace(" ", "").replace("\n", "")
    assert "本文件含私密信息" in shown and "本文件含私密信息" not in hidden
    # every page says so
    reader = pypdf.PdfReader(str(full))
    assert all("私密信息" in p.extract_text() for p in reader.pages)
    if private_visit is not None and private_visit.account_id == aid and private_visit.notes:
        snippet = private_visit.notes[:10]
        assert snippet not in hidden.replace("\n", "")
    for person in marked:
        for field in person.private_fields or []:
            value = getattr(person, field)
            if isinstance(value, str) and len(value) >= 4:
                assert value not in hidden.replace("\n", "").replace(" ", ""), (person.name, field)


def test_english_plan_from_the_command_line(demo, tmp_path, capsys):
    _, path = demo
    out = tmp_path / "plan-en.pdf"
    assert main(["--db", str(path), "export-pdf", "--account", NORTHWIND, "-o", str(out),
                 "--lang", "en"]) == 0
    body = text(out)
    for expected in ("Account plan", NORTHWIND, "Stakeholder map", "Decision chain", "Page 2 of",
                     "Contact plan", "Recent visits", "Action plan", "Emma Clarke"):
        assert expected in body, expected
    assert "客户计划" not in body


def test_opportunity_option_selects_chapters(demo, tmp_path):
    _, path = demo
    out = tmp_path / "one.pdf"
    assert main(["--db", str(path), "export-pdf", "--account", GRID, "-o", str(out),
                 "--opportunity", "主变在线监测系统试点（2座220kV站）", "--lang", "zh"]) == 0
    titles = outline_titles(pypdf.PdfReader(str(out)))
    chapters = [t for t in titles if t.startswith("商机：")]
    assert chapters == ["商机：主变在线监测系统试点（2座220kV站）"]


def test_unknown_account_is_one_clear_error(demo, tmp_path, capsys):
    _, path = demo
    assert main(["--db", str(path), "export-pdf", "--account", "Nobody", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no account" in capsys.readouterr().err


def test_brief_in_both_languages(demo, tmp_path):
    db, path = demo
    aid = find_account(db, GRID)
    visit = next(v for v in visit_choices(db, aid) if v["status"] == "planned")
    zh, en = tmp_path / "b-zh.pdf", tmp_path / "b-en.pdf"
    export_brief(db, visit["id"], zh)
    assert main(["--db", str(path), "brief", "--visit", visit["id"][:8], "-o", str(en), "--lang", "en"]) == 0
    body_zh, body_en = text(zh), text(en)
    assert "拜访前简报" in body_zh and "参会人" in body_zh
    assert "Pre-visit brief" in body_en and "Who will be there" in body_en
    with db.read() as s:
        from sqlalchemy import select

        from planner.models import Stakeholder, VisitAttendee
        names = s.scalars(select(Stakeholder.name).join(
            VisitAttendee, VisitAttendee.stakeholder_id == Stakeholder.id).where(
            VisitAttendee.visit_id == visit["id"], VisitAttendee.deleted.is_(False))).all()
    assert names and all(n in body_zh for n in names)
    assert 1 <= len(pypdf.PdfReader(str(zh)).pages) <= 2
    assert all(row[-5] == "yes" for row in fonts(zh))
