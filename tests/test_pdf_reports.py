"""PDF account plan and pre-visit brief: text (pdftotext), embedded fonts
(pdffonts), page count, bookmarks (pypdf), metadata, private data."""

from __future__ import annotations

import shutil
from datetime import date
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


# --- chapters from the Plan tab and the opportunity tools (pdf-sections) -----------------------

def flat(pdf) -> str:
    """The PDF's text without spaces or line breaks (table cells wrap)."""
    return "".join(text(pdf).split())


def add_simulation(records, opportunity_id: str, rival: str) -> dict:
    from planner.deals.tender.simulation import new_values, run

    opp = records.get("opportunity", opportunity_id)
    values = new_values(opp, "zh")
    values["bidders"] = [
        {"name": "我方", "us": True, "technical": 88.0, "commercial": 80.0, "price": 3_990_000.0},
        {"name": rival, "us": False, "technical": 81.0, "commercial": 80.0, "price": 3_762_000.0},
        {"name": "南瑞", "us": False, "technical": 77.0, "commercial": 80.0, "price": 3_534_000.0},
    ]
    with records.transaction() as w:
        sim_id = w.create("tender_simulation", values)
    return run(records.get("tender_simulation", sim_id))


@pytest.fixture()
def fresh(db, records, qapp):
    add_demo(records)
    return db, records


def test_plan_tab_and_deal_chapters_in_chinese(fresh, tmp_path):
    from planner.plan import nps, whitespace

    db, records = fresh
    aid = find_account(db, GRID)
    opp = next(o for o in records.list("opportunity", account_id=aid)
               if o["name"] == "变电设备状态监测与智能巡检平台（一期）")
    result = add_simulation(records, opp["id"], "测试对手甲")
    pdf = tmp_path / "zh.pdf"
    export_account_plan(db, aid, pdf, lang="zh")
    body = flat(pdf)
    titles = outline_titles(pypdf.PdfReader(str(pdf)))
    for chapter in ("空白点分析", "高层关注点", "客户健康度", "各联系人 NPS", "投标准备度", "评标模拟"):
        assert chapter in titles, (chapter, titles)
    # whitespace: every offering is a column, the legend names the states
    for off in whitespace.offerings(db):
        assert off["name"].split(" · ")[-1].replace(" ", "") in body, off["name"]
    assert "已采用（我方）" in body and "竞争对手" in body
    # NPS: the account's value as the core computes it, and a contact's latest answer
    now, _ = nps.trend(nps.scores(db, aid), date.today())
    assert f"NPS为{now.value:+.0f}" in body
    # the simulation: every bidder, our total, the verdict
    for name in ("测试对手甲", "南瑞", "我方"):
        assert name in body
    ours = next(r for r in result["ranking"] if r["us"])
    assert f"{ours['total']:.1f}" in body
    assert ("我方排名第一" if result["we_win"] else "我方不能中标") in body
    # readiness, item by item
    assert "准备度" in body and "控制点1" in body and "发起者" in body
    # the chart is vectors: its words are text in the PDF
    assert "我方报价变化时的总分" in body


def test_plan_tab_chapters_in_english_with_tier_rationale(fresh, tmp_path):
    db, records = fresh
    aid = find_account(db, NORTHWIND)
    pdf = tmp_path / "en.pdf"
    export_account_plan(db, aid, pdf, lang="en")
    body = text(pdf)
    for expected in ("Whitespace", "Executive concerns", "Customer health", "NPS per contact",
                     "Bid / no-bid readiness", "Why this tier", "Installed (ours)"):
        assert expected in body, expected
    assert "Tender scoring simulation" not in body  # no simulation stored for this deal
    assert "客户健康度" not in body


def test_new_chapters_keep_private_judgements_out(fresh, tmp_path):
    """A concern message and an attitude marked private on a person appear
    only in the private export: not in the concerns table, not in the health
    indicator's explanations."""
    db, records = fresh
    aid = find_account(db, NORTHWIND)
    people = {p["name"]: p for p in records.list("stakeholder", account_id=aid)}
    patel, marsh = people["James Patel"], people["Helen Marsh"]
    assert marsh["concern_message"]
    records.update("stakeholder", patel["id"], {"private_fields": ["attitude"]})
    records.update("stakeholder", marsh["id"], {"private_fields": ["concern_message"]})
    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    export_account_plan(db, aid, plain, lang="en")
    export_account_plan(db, aid, full, lang="en", include_private=True)
    shown, hidden = flat(full), flat(plain)
    secret = "".join(marsh["concern_message"].split())[:40]
    assert secret in shown and secret not in hidden
    assert "champion(s):JamesPatel" in shown
    assert "JamesPatel" in hidden  # still listed (NPS, the map) ...
    assert "champion(s):JamesPatel" not in hidden  # ... but not as a champion
