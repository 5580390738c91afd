"""The one rule for typed dates (planner/text/dates.py), shared by the forms,
the command line and the importers."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.cli.main import main
from planner.services import values
from planner.services.errors import ValidationError
from planner.text.dates import MAX_YEAR, MIN_YEAR, DateTextError, parse_date

IN_RANGE = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))


def forms(d: date) -> list[str]:
    full = str.maketrans("0123456789/", "０１２３４５６７８９／")
    return [d.isoformat(), f"{d.year}/{d.month}/{d.day}", f"{d.year}.{d.month:02}.{d.day}",
            f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month}月{d.day}", f"{d:%Y%m%d}",
            f"{d.year} 年 {d.month} 月 {d.day} 日", f"  {d.isoformat()}\t", f"{d.year}/{d.month}/{d.day}".translate(full)]


@given(IN_RANGE)
def test_every_accepted_form_means_the_same_day(d):
    assert {parse_date(text) for text in forms(d)} == {d}


@given(st.dates().filter(lambda d: not MIN_YEAR <= d.year <= MAX_YEAR))
def test_absurd_years_are_refused_naming_the_range(d):
    with pytest.raises(DateTextError) as refused:
        parse_date(d.isoformat())
    assert str(MIN_YEAR) in str(refused.value) and str(MAX_YEAR) in refused.value.text("zh_CN")
    assert "年份" in refused.value.text("zh_CN")


@pytest.mark.parametrize("text", ["2026-02-30", "2027/13/1", "next week", "3/5/2027", "2027-3", "明年三月"])
def test_not_a_date_says_what_to_type_in_both_languages(text):
    with pytest.raises(DateTextError) as refused:
        parse_date(text)
    assert "2027-03-05" in str(refused.value) and "2027年3月5日" in str(refused.value)
    assert "请按 2027-03-05" in refused.value.text("zh_CN") and text in refused.value.text("zh_CN")


def test_empty_is_no_date():
    assert parse_date("") is None and parse_date("   ") is None


def test_services_parse_dates_with_the_same_rule():
    assert values.parse("opportunity", "expected_close", "2027年3月5日") == date(2027, 3, 5)
    assert values.parse("opportunity", "expected_close", "") is None
    with pytest.raises(ValidationError) as refused:
        values.parse("opportunity", "expected_close", "9999-12-31")
    assert "expected_close" in str(refused.value) and "2100" in str(refused.value)
    assert refused.value.text("zh").startswith("商机的“预计成交”：年份 9999")


def test_command_line_uses_the_rule(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "add", "account", "name=华东电力"]) == 0
    assert main(["--db", db, "add", "opportunity", "account=华东电力", "name=平台",
                 "expected_close=2027/3/5"]) == 0
    opp = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", db, "set", "opportunity", opp, "expected_close=1900-01-01"]) != 0
    assert "between 1970 and 2100" in capsys.readouterr().err
    assert main(["--db", db, "thisweek", "--date", "2027年3月5日"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--db", db, "thisweek", "--date", "9999-01-01"])
    assert "2100" in capsys.readouterr().err
