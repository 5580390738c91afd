"""``planner map`` and ``planner insights`` end to end on the demo: real
processes, real files."""

import json
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner.demo import add_demo, demo_id
from planner.services import Records
from planner.store import open_database

GRID = "华东某省电力公司"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("map") / "demo.db"
    db = open_database(path)
    add_demo(Records(db))  # relative to today, like the command line's insights
    db.close()
    return path


def planner(db, *args):
    return subprocess.run([sys.executable, "-m", "planner", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def svg_texts(path):
    texts = [el.text or "" for el in ET.parse(path).iter() if el.tag.endswith("text")]
    return {t.strip() for t in texts}


def test_svg_has_every_active_person_as_text(demo_db, tmp_path):
    out = tmp_path / "map.svg"
    result = planner(demo_db, "map", "--account", GRID, "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = svg_texts(out)
    for name in ("赵建国", "王军", "李娜", "周明", "曹敏", "孙志刚"):
        assert name in texts
    assert "马骏" not in texts and "叶青" not in texts  # people who left
    assert GRID in texts and "公司领导" in texts  # title and a department area
    assert "<text" in out.read_text(encoding="utf-8")


def test_svg_with_opportunity_shows_role_badges_and_left_people_on_request(demo_db, tmp_path):
    out = tmp_path / "deal.svg"
    result = planner(demo_db, "map", "--account", GRID, "-o", str(out), "--opportunity",
                     demo_id("grid/opportunity/tender")[:8], "--include-left")
    assert result.returncode == 0, result.stderr
    texts = svg_texts(out)
    assert {"批准者", "决策者", "把关者"} <= texts and "马骏" in texts


def test_png_is_a_real_image_of_sensible_size(demo_db, tmp_path, qapp):
    out = tmp_path / "map.png"
    result = planner(demo_db, "map", "--account", GRID, "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert 1500 < width < 9001 and 800 < height < 9001
    from PySide6.QtGui import QImage

    image = QImage(str(out))  # qapp: a QApplication, so later widget tests still work
    assert not image.isNull() and image.width() == width
    colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 37)}
    assert len(colours) > 20  # drawn, not blank


def test_pdf_and_english_account(demo_db, tmp_path):
    out = tmp_path / "plan.pdf"
    result = planner(demo_db, "map", "--account", "Northwind Hospital Group", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_unknown_suffix_and_opportunity_are_one_line_errors(demo_db, tmp_path):
    result = planner(demo_db, "map", "--account", GRID, "-o", str(tmp_path / "map.gif"))
    assert result.returncode == 2 and ".png, .svg or .pdf" in result.stderr
    assert result.stderr.count("\n") == 1 and not (tmp_path / "map.gif").exists()
    result = planner(demo_db, "insights", "--account", GRID, "--opportunity", "nope")
    assert result.returncode == 2 and "no opportunity" in result.stderr


def test_insights_json_says_true_things_about_the_demo(demo_db):
    result = planner(demo_db, "insights", "--account", GRID, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    sid = lambda key: demo_id(f"grid/stakeholder/{key}")  # noqa: E731
    tender, rebuy = demo_id("grid/opportunity/tender"), demo_id("grid/opportunity/rebuy")
    findings = data["findings"]
    # the tender's approver 赵建国 is a sceptic: a high finding names him
    against = [f for f in findings if f["kind"] == "against" and f["people"][0] == sid("zhao_gm")]
    assert against and against[0]["severity"] == "high" and "赵建国" in against[0]["text_zh"]
    assert against[0]["opportunity_id"] == tender
    # the rebuy has nobody as gatekeeper
    opps = {o["id"]: o for o in data["opportunities"]}
    assert opps[rebuy]["uncovered"] == ["gatekeeper"] and opps[tender]["uncovered"] == []
    assert any(f["kind"] == "uncovered_role" and f["opportunity_id"] == rebuy for f in findings)
    # 王军 (sceptic) is reached from our side only through 李娜
    thread = [f for f in findings if f["kind"] == "single_threaded" and f["people"][0] == sid("wang_it")]
    assert thread and thread[0]["people"][1] == sid("li_na") and "李娜" in thread[0]["text_zh"]
    # the shift leader the GM listens to is a hidden influencer; people who left are not ranked
    assert sid("cao_sub") in {h["id"] for h in data["hidden_influencers"]}
    assert sid("ma_fin") not in {r["id"] for r in data["ranking"]}
    # 谢东's attitude to the deal is unconfirmed, and the text says so
    xie = [f for f in findings if f["kind"] == "against" and f["people"][0] == sid("xie_sec")]
    assert "attitude unconfirmed" in xie[0]["text_en"]
    assert data["ranking"][0]["name"] == "赵建国"


def test_insights_text_in_both_languages(demo_db):
    en = planner(demo_db, "insights", "--account", GRID, "--opportunity",
                 demo_id("grid/opportunity/rebuy"))
    assert en.returncode == 0, en.stderr
    assert "Gatekeeper   — uncovered" in en.stdout and "Influence ranking" in en.stdout
    zh = planner(demo_db, "insights", "--account", GRID, "--lang", "zh")
    assert zh.returncode == 0 and "唯一路线经过李娜" in zh.stdout and "[高]" in zh.stdout
