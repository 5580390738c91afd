"""The stakeholder map in the account plan: vector text (every name is text
on the map page), landscape page, tiling of maps too big to read on one page."""

from __future__ import annotations

import shutil
import subprocess

import pytest

pypdf = pytest.importorskip("pypdf")
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")

from planner.demo import add_demo  # noqa: E402
from planner.reports.plan import export_account_plan  # noqa: E402
from planner.reports.qtsvg import QtSvgDrawing, _path_ops  # noqa: E402
from planner.reports.sections import stakeholder_map  # noqa: E402
from planner.services import queries  # noqa: E402
from planner.services.lookup import find_account  # noqa: E402

GRID = "华东某省电力公司"


def map_pages(pdf) -> list[int]:
    reader = pypdf.PdfReader(str(pdf))
    return [i for i, p in enumerate(reader.pages) if float(p.mediabox.width) > float(p.mediabox.height)]


def page_text(pdf, index: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(index + 1), "-l", str(index + 1), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.fixture
def grid(qapp, db, records):
    add_demo(records)
    return find_account(db, GRID)


def test_every_name_is_vector_text_on_one_landscape_page(db, grid, tmp_path):
    pdf = tmp_path / "plan.pdf"
    export_account_plan(db, grid, pdf, lang="zh")
    pages = map_pages(pdf)
    assert len(pages) == 1
    text = page_text(pdf, pages[0]).replace(" ", "")
    people = [p["name"] for p in queries.stakeholders(db, grid) if p["status"] != "left"]
    assert people and all(name in text for name in people)


def test_a_map_too_big_to_read_is_tiled(db, grid, tmp_path, monkeypatch):
    monkeypatch.setattr(stakeholder_map, "MIN_TEXT_PT", 9.0)  # as if the map were much bigger
    pdf = tmp_path / "tiled.pdf"
    export_account_plan(db, grid, pdf, lang="en")
    pages = map_pages(pdf)
    assert len(pages) >= 3  # overview + at least two tiles
    outline = pypdf.PdfReader(str(pdf)).outline
    i = next(k for k, o in enumerate(outline) if not isinstance(o, list) and o.title == "Stakeholder map")
    parts = [o.title for o in outline[i + 1]]
    assert parts[0].startswith("Stakeholder map, part 1 of") and len(parts) == len(pages) - 1
    # each tile shows only part of the people; together they show everyone
    people = [p["name"] for p in queries.stakeholders(db, grid) if p["status"] != "left"]
    tiles = [page_text(pdf, k).replace(" ", "") for k in pages[1:]]
    assert all(sum(n in t for n in people) < len(people) for t in tiles)
    assert all(any(n in t for t in tiles) for n in people)


def test_qt_svg_reader_paths_and_shapes():
    ops = _path_ops("M1,2 L3,4 C5,6 7,8 9,10 Q11,12 13,14 Z")
    assert [o[0] for o in ops] == ["M", "L", "C", "C", "Z"]
    assert ops[3][-2:] == (13.0, 14.0)
    svg = (b'<svg viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg"><g fill="#ff0000" '
           b'stroke="none" transform="matrix(1,0,0,1,0,0)" font-size="12"><rect x="1" y="2" width="3" '
           b'height="4"/><text x="5" y="6">Li Na</text><circle cx="1" cy="1" r="2"/></g></svg>')
    d = QtSvgDrawing(svg)
    assert (d.width, d.height) == (200.0, 100.0)
    (style, shapes), = d.items
    assert style["fill"] == (1.0, 0.0, 0.0) and [s[0] for s in shapes] == ["rect", "text", "circle"]
    assert shapes[1][3] == "Li Na"
