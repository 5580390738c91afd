"""Charts in the PDF without an SVG library: matplotlib figures drawn straight
into reportlab (planner/reports/figure_drawing.py): shapes, colours, dashes,
clipping, text as text in the report font (Chinese included); the map's SVG
read with the standard library (planner/reports/qtsvg.py); neither svglib nor
lxml loaded by a whole plan export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from matplotlib.figure import Figure  # noqa: E402
from reportlab.graphics.shapes import Drawing, Group, Path as RlPath, String  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from planner.reports.fonts import FONT, register_with_matplotlib  # noqa: E402
from planner.reports.qtsvg import QtSvgDrawing  # noqa: E402
from planner.reports.vector import Vector, figure_drawing  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def walk(node, transforms=()):
    """Every leaf shape with the chain of group transforms above it."""
    if isinstance(node, (Group, Drawing)):
        here = transforms + ((node.transform,) if isinstance(node, Group) else ())
        for child in node.contents:
            yield from walk(child, here)
    else:
        yield node, transforms


def filled(drawing, hex_colour: str) -> list[RlPath]:
    rgb = tuple(int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return [s for s, _ in walk(drawing) if isinstance(s, RlPath) and not s.isClipPath
            and isinstance(s.fillColor, Color)
            and all(abs(a - b) < 1e-6 for a, b in zip(s.fillColor.rgb(), rgb))]


def strings(drawing) -> dict[str, tuple[String, tuple]]:
    return {s.text: (s, t) for s, t in walk(drawing) if isinstance(s, String)}


def bar_figure():
    family = register_with_matplotlib()
    fig = Figure(figsize=(4, 2.5))
    ax = fig.add_subplot(111)
    ax.bar(["拜访", "电话", "Mail"], [3, 5, 2], color="#1f3a5f", label="联系次数")
    ax.plot([-1, 5], [1, 6], color="#c8372d", ls="--", lw=1.5)  # runs beyond the axes: clipped
    ax.set_xlim(-0.5, 2.5)
    ax.set_ylabel("次数 count", fontfamily=family)
    ax.set_title("每月联系次数", fontfamily=family)
    for label in ax.get_xticklabels():
        label.set_family(family)
    ax.legend(prop={"family": family})
    ax.text(2.4, 5.5, "right end", ha="right", fontfamily=family)
    return fig


def test_a_bar_chart_becomes_shapes_and_text_in_the_report_font():
    d = figure_drawing(bar_figure())
    assert isinstance(d, Drawing)
    assert (d.width, d.height) == pytest.approx((4 * 72, 2.5 * 72))  # points, 72 dpi
    bars = filled(d, "#1f3a5f")
    assert len(bars) == 4  # three bars and the legend's swatch
    heights = sorted(round(max(p for p in b.points[1::2]) - min(b.points[1::2]), 3) for b in bars)
    assert heights[1:] == pytest.approx(sorted(h * heights[-1] / 5 for h in (2, 3, 5)))  # to scale
    texts = strings(d)
    for word in ("拜访", "电话", "Mail", "次数 count", "每月联系次数", "联系次数", "right end", "0", "4"):
        assert word in texts, (word, list(texts))
    assert all(s.fontName == FONT for s, _ in texts.values())  # Chinese-capable, embedded
    assert texts["每月联系次数"][0].textAnchor == "middle" and texts["每月联系次数"][0].fontSize == 12
    assert texts["right end"][0].textAnchor == "end"  # aligned where matplotlib anchors it
    ylabel_transforms = texts["次数 count"][1]
    assert ylabel_transforms[-1][:4] == pytest.approx((0, 1, -1, 0))  # rotated 90° as in matplotlib


def test_dashes_and_clipping_to_the_axes():
    d = figure_drawing(bar_figure())
    line = [(s, t) for s, t in walk(d) if isinstance(s, RlPath) and s.strokeColor is not None
            and s.strokeDashArray]
    assert len(line) == 1
    shape = line[0][0]
    assert shape.strokeWidth == 1.5 and shape.fillColor is None
    offset, dashes = shape.strokeDashArray
    assert len(dashes) == 2 and all(x > 0 for x in dashes)
    group = next(g for g in d.contents if isinstance(g, Group) and shape in g.contents)
    clip = group.contents[0]
    assert isinstance(clip, RlPath) and clip.isClipPath  # the line is drawn inside the axes only


def test_chart_text_is_extractable_from_the_pdf_in_chinese_and_english(tmp_path):
    pdf = tmp_path / "chart.pdf"
    doc = SimpleDocTemplate(str(pdf))
    doc.build([Vector(figure_drawing(bar_figure()), 400)])
    text = pypdf.PdfReader(str(pdf)).pages[0].extract_text().replace(" ", "")
    for word in ("每月联系次数", "拜访", "电话", "Mail", "联系次数", "rightend"):
        assert word in text, (word, text)


def test_the_report_charts_have_one_bar_per_month_and_value(qapp, db, records):
    from planner.demo import add_demo
    from planner.reports.data import load_plan
    from planner.reports.sections import charts
    from planner.reports.style import ATTITUDE_COLOURS
    from planner.services.lookup import find_account
    from planner import vocab

    add_demo(records)
    data = load_plan(db, find_account(db, "华东某省电力公司"))
    contacts = charts.contacts_chart(data, "zh")
    assert len(filled(contacts, "#1f3a5f")) == 12 + 1  # a visit bar per month (maybe 0 high) + legend
    assert len(filled(contacts, "#8fb8c4")) == 12 + 1
    labels = strings(contacts)
    assert "拜访" in labels and sum(t.count("-") == 1 and len(t) == 5 for t in labels) == 12  # "26-03"
    attitudes = charts.attitudes_chart(data, "zh")
    for a in vocab.ATTITUDE.values:
        bars = filled(attitudes, ATTITUDE_COLOURS[a])
        assert len(bars) == 1, a
    assert "支持" in strings(attitudes)


def test_the_map_svg_is_read_with_namespaces_and_refuses_entities():
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           '<svg width="200" height="100" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.2 Tiny"><!-- a comment -->'
           '<g fill="none" stroke="#000000" stroke-width="2" transform="matrix(1,0,0,1,0,0)">'
           '<g fill="#1b5e9e" font-size="11.5"><text x="3" y="4">王建国</text>'
           '<path d="M0,0 L10,10 Z"/></g><polyline points="0,0 5,5 10,0"/></g></svg>')
    d = QtSvgDrawing(svg)
    assert (d.width, d.height) == (200.0, 100.0)
    kinds = [[s[0] for s in shapes] for _, shapes in d.items]
    assert kinds == [["path"], ["text", "path"]]  # each group's own shapes, nested groups separately
    assert d.items[1][1][0][3] == "王建国"
    bomb = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><g><text>&b;</text></g></svg>')
    with pytest.raises(ValueError):
        QtSvgDrawing(bomb.encode())


def test_a_plan_export_loads_no_svg_or_xml_library(tmp_path):
    """The packaged app ships neither svglib nor lxml: a whole plan (map,
    charts, a scoring simulation) must not import them."""
    script = f"""
import sys
from bench.pdf_bench import add_simulations
from planner.demo import add_demo
from planner.graph.render import ensure_gui_app
from planner.reports.plan import export_account_plan
from planner.services import Records
from planner.services.lookup import find_account
from planner.store import open_database
ensure_gui_app()
db = open_database({str(tmp_path / 'd.db')!r})
records = Records(db)
add_demo(records)
grid = find_account(db, "华东某省电力公司")
add_simulations(records, grid)
export_account_plan(db, grid, {str(tmp_path / 'plan.pdf')!r}, lang="zh")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("svglib", "lxml", "tinycss2", "cssselect2")))
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
    text = pypdf.PdfReader(str(tmp_path / "plan.pdf"))
    body = "".join(p.extract_text() for p in text.pages).replace(" ", "")
    assert "最强对手" in body and "电话/消息/问候" in body  # legends inside the two kinds of chart
