"""The one rule for typed amounts (planner/text/amount.py): 万 / 亿 / k / m,
thousands separators only where they are real, no negatives, no junk."""

import math

import pytest
from hypothesis import given, settings, strategies as st

from planner.text.amount import AmountError, format_amount, parse_amount, parse_score


@pytest.mark.parametrize("text, value", [
    ("3400万", 34_000_000), ("3400 万元", 34_000_000), ("1.2亿", 120_000_000), ("1.2亿元", 120_000_000),
    ("３４００万", 34_000_000), ("3,400,000", 3_400_000), ("3，400，000", 3_400_000), ("¥3,400,000", 3_400_000),
    ("￥3400000元", 3_400_000), ("3.4m", 3_400_000), ("850k", 850_000), ("850K", 850_000), ("3千万", 30_000_000),
    ("3400w", 34_000_000), ("1234.56", 1234.56), ("0.5万", 5000), (" 42 ", 42), ("1,234.5", 1234.5),
])
def test_amounts_as_reps_write_them(text, value):
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_not_entered_yet(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", ["3,4", "34,00", "3,4000", "1,23,456"])
def test_a_comma_that_is_not_a_thousands_separator_is_refused_as_ambiguous(text):
    with pytest.raises(AmountError) as exc:
        parse_amount(text)
    assert "ambiguous" in exc.value.en and "歧义" in exc.value.zh


@pytest.mark.parametrize("text", ["-100", "−100", "－100", "-3400万"])
def test_negative_amounts_are_refused(text):
    with pytest.raises(AmountError) as exc:
        parse_amount(text)
    assert "negative" in exc.value.en and "负数" in exc.value.zh


@pytest.mark.parametrize("text", ["nan", "inf", "1e6", "abc", "3.4.5", "3400美元", "万", ".", "1_000", "3400万万"])
def test_junk_is_refused(text):
    with pytest.raises(AmountError):
        parse_amount(text)


@given(st.integers(min_value=0, max_value=10**14) | st.floats(min_value=0, max_value=1e14, allow_nan=False))
def test_format_parses_back_to_the_same_number(x):
    assert parse_amount(format_amount(x)) == float(x)


@given(st.integers(min_value=0, max_value=10**9))
def test_wan_and_yi_scale_the_number(n):
    assert parse_amount(f"{n}万") == n * 10**4
    assert parse_amount(f"{n:,}亿元") == n * 10**8


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from("0123456789,.，。-−+ 万亿千百十元kKmMw¥%e x\t") | st.characters(), max_size=14))
def test_any_text_is_an_amount_or_refused_never_a_crash(text):
    try:
        value = parse_amount(text)
    except AmountError as exc:
        assert exc.en and exc.zh
        return
    assert value is None or (math.isfinite(value) and value >= 0)


@pytest.mark.parametrize("text, value", [("85", 85), ("85 %", 85), ("85.5％", 85.5), ("", None), ("100", 100)])
def test_scores(text, value):
    assert parse_score(text) == value


@pytest.mark.parametrize("text", ["150", "-5", "nan", "八十"])
def test_scores_outside_0_to_100_are_refused(text):
    with pytest.raises(AmountError):
        parse_score(text)


def test_an_endless_number_is_refused_not_infinity():
    with pytest.raises(AmountError) as err:
        parse_amount("1" + "0" * 400)
    assert "too large" in str(err.value)
