"""PDF plan layout: an opportunity without checklists says so in one line
kept with what precedes it (it once sat alone on a page), and table columns
are wide enough for their longest word ("Negotiatio / n")."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as s

pytest.importorskip("reportlab")
pypdf = pytest.importorskip("pypdf")

from planner.demo import add_demo  # noqa: E402
from planner.reports import style as st  # noqa: E402
from planner.reports.plan import account_plan_bytes  # noqa: E402
from planner.services.lookup import find_account  # noqa: E402

GRID = "华东某省电力公司"
FURNITURE = ("客户计划", "Account plan", "内部资料", "Confidential", "第 ", "Page ")


@pytest.fixture(scope="module")
def plans(tmp_path_factory, qapp):
    from planner.services import Records
    from planner.store import open_database

    db = open_database(tmp_path_factory.mktemp("layout") / "demo.db")
    add_demo(Records(db))
    aid = find_account(db, GRID)
    out = {lang: [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        account_plan_bytes(db, aid, lang=lang))).pages] for lang in ("zh", "en")}
    db.close()
    return out


def body_lines(page: str) -> list[str]:
    return [ln for ln in page.splitlines() if ln.strip() and not any(m in ln for m in FURNITURE)
            and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ln.strip())]  # the header's date


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_page_holds_only_a_line_or_two(plans, lang):
    lonely = [(n + 1, body_lines(p)) for n, p in enumerate(plans[lang]) if len(body_lines(p)) <= 2]
    assert lonely == []


def test_missing_checklists_take_one_line(plans):
    text = "\n".join(plans["zh"])
    assert "过程控制点、招投标规则：尚无检查表。" in text
    assert "Control points, Tender rules: no checklist yet." in "\n".join(plans["en"])


def test_long_words_are_not_cut_in_table_cells(plans):
    text = "\n".join(plans["en"])
    assert "Negotiation" in text and "Negotiatio\n" not in text


def test_a_narrow_column_is_widened_for_its_longest_word():
    t = st.table(["Opportunity", "Stage"], [["A long opportunity name that wraps", "Negotiation"]], [0.9, 0.06])
    stage = st.longest_word(st.para("Negotiation", "cell")) + 2 * st.CELL_PAD
    assert t._colWidths[1] >= stage and sum(t._colWidths) == pytest.approx(st.WIDTH)


@given(s.lists(s.tuples(s.floats(1, 200), s.floats(0, 200)), min_size=1, max_size=8))
def test_fit_columns_keeps_the_total_and_meets_the_needs_it_can(pairs):
    cols, need = [c for c, _ in pairs], [n for _, n in pairs]
    out = st.fit_columns(cols, need)
    assert sum(out) == pytest.approx(sum(cols))
    capped = [min(n, st.WIDTH * st._MAX_WORD) for n in need]
    if sum(max(0, c - n) for c, n in zip(cols, capped)) >= sum(max(0, n - c) for c, n in zip(cols, capped)):
        assert all(o >= n - 1e-6 for o, n in zip(out, capped))
    else:
        assert out == cols


def test_an_account_with_nothing_to_chart_says_so_instead_of_empty_axes(tmp_path, qapp):
    from planner.services import Records
    from planner.store import open_database

    db = open_database(tmp_path / "empty.db")
    records = Records(db)
    aid, _ = records.create("account", {"name": "测试电网公司"})
    pages = {lang: [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        account_plan_bytes(db, aid, lang=lang))).pages] for lang in ("zh", "en")}
    en, zh = "\n".join(pages["en"]), "\n".join(pages["zh"])
    assert "Nothing to chart yet" in en and "暂无可绘制的数据" in zh
    assert "0.04" not in en and "Contacts per month" not in en
    # the chapters that only say "nothing yet" share pages (it was 9 pages, 6 of one line)
    assert len(pages["en"]) <= 4 and len(pages["zh"]) <= 4
    # one person of importance 5: the attitudes chart is drawn, the others say why not
    records.create("stakeholder", {"account_id": aid, "name": "王军", "importance": 5, "attitude": "supporter"})
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        account_plan_bytes(db, aid, lang="en"))).pages)
    assert "No visits or contacts in the last 12 months." in text
    assert "No buying roles in the selected opportunities." in text
    assert "Attitude of key people" in text and "No key people" not in text
    db.close()
