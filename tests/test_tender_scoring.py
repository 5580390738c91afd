"""The tender scoring formulas against hand-worked examples, and their properties."""

import math

import pytest
from hypothesis import given, settings, strategies as st

from planner.deals.tender.scoring import (
    Bidder, Rules, evaluate, price_points, price_to_win, price_window, technical_to_win, we_win,
)

# Weights 60 / 10 / 30. Us: 85 %, 80 %, 980. A: 90 %, 70 %, 900. B: 70 %, 90 %, 1000.
TABLE = [Bidder("us", 85, 80, 980, us=True), Bidder("A", 90, 70, 900), Bidder("B", 70, 90, 1000)]


def test_lowest_benchmark_by_hand():
    o = evaluate(TABLE, Rules("lowest_benchmark"))
    by = {s.name: s for s in o.ranking}
    assert o.benchmark == 900
    # us: 51 + 8 + 30 × 900 / 980 = 86.551; A: 54 + 7 + 30 = 91; B: 42 + 9 + 27 = 78
    assert by["us"].total == pytest.approx(86.5510, abs=1e-3)
    assert by["A"].total == pytest.approx(91.0)
    assert by["B"].total == pytest.approx(78.0)
    assert [s.name for s in o.ranking] == ["A", "us", "B"]
    assert [s.rank for s in o.ranking] == [1, 2, 3]
    assert not we_win(TABLE, Rules())


def test_price_and_score_needed_by_hand():
    # below 900 we hold the benchmark: 89 > 61 + 30 p / 900  <=>  p < 840
    assert price_to_win(TABLE, Rules()) == pytest.approx(840, abs=0.01)
    # at 980: 0.6 t + 8 + 27.551 > 91  <=>  t > 92.415 %
    assert technical_to_win(TABLE, Rules()) == pytest.approx(92.415, abs=0.01)


def test_average_deviation_by_hand():
    r = Rules("average_deviation", deduct_above=1.0, deduct_below=0.5)
    table = [Bidder("us", 80, 80, 900, us=True), Bidder("A", 80, 80, 1000), Bidder("B", 80, 80, 1100)]
    o = evaluate(table, r)
    assert o.benchmark == pytest.approx(1000)
    pts = {s.name: s.price_points for s in o.ranking}
    # 10 % below: 30 - 5; on the benchmark: 30; 10 % above: 30 - 10
    assert pts == pytest.approx({"us": 25.0, "A": 30.0, "B": 20.0})
    assert [s.name for s in o.ranking] == ["A", "us", "B"]
    # a benchmark factor of 0.95 moves the benchmark to 950: 900 is 5.26 % below
    assert price_points(900, 950, Rules("average_deviation", deduct_below=0.5)) == pytest.approx(30 - 0.5 * 50 / 9.5)


def test_lowest_deviation_by_hand():
    r = Rules("lowest_deviation", deduct_above=1.0)
    assert price_points(1000, 900, r) == pytest.approx(30 - 100 / 9)  # 11.11 % above: 18.89
    assert price_points(900, 900, r) == 30
    assert price_points(2000, 900, r) == 0  # never below zero


def test_lowest_price_wins_with_technical_shortlist():
    r = Rules("lowest_price_wins", technical_pass=75)
    table = [Bidder("us", 80, 0, 950, us=True), Bidder("A", 90, 0, 1000), Bidder("cheap", 60, 0, 700)]
    o = evaluate(table, r)
    assert [(s.name, s.rank) for s in o.ranking] == [("us", 1), ("A", 2), ("cheap", None)]
    assert o.benchmark == 950  # the cheap bid failed the shortlist: left out
    assert we_win(table, r)
    assert price_to_win(table, r) == pytest.approx(1000, abs=0.01)  # anything below A
    assert technical_to_win(table, r) == 75


def test_no_price_wins_and_any_price_wins():
    hopeless = [Bidder("us", 10, 10, 500, us=True), Bidder("A", 100, 100, 1000)]
    assert price_window(hopeless, Rules()) is None
    assert technical_to_win([Bidder("us", 10, 10, 5000, us=True), Bidder("A", 100, 100, 100)], Rules()) is None
    strong = [Bidder("us", 100, 100, 1000, us=True), Bidder("A", 20, 20, 900)]
    assert price_to_win(strong, Rules()) == math.inf


def test_exactly_one_us():
    with pytest.raises(ValueError):
        price_to_win([Bidder("A", 1, 1, 1)], Rules())


bids = st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100), st.floats(10, 10_000)),
                min_size=1, max_size=5)
rules = st.sampled_from(["lowest_benchmark", "lowest_deviation", "lowest_price_wins"])


def _table(ours, others):
    return [Bidder("us", *ours, us=True)] + [Bidder(f"c{i}", *b) for i, b in enumerate(others)]


@settings(max_examples=200, deadline=None)
@given(ours=st.tuples(st.floats(0, 100), st.floats(0, 100), st.floats(10, 10_000)), others=bids,
       rule=rules, cut=st.floats(0.01, 1.0))
def test_lowering_our_price_never_lowers_our_rank_under_lowest_benchmarks(ours, others, rule, cut):
    r = Rules(rule)
    before = evaluate(_table(ours, others), r).ours().rank
    after = evaluate(_table((ours[0], ours[1], ours[2] * cut), others), r).ours().rank
    assert after <= before


@settings(max_examples=200, deadline=None)
@given(ours=st.tuples(st.floats(0, 100), st.floats(0, 100), st.floats(10, 10_000)), others=bids,
       rule=st.sampled_from(["lowest_benchmark", "lowest_deviation", "average_deviation"]),
       pass_mark=st.floats(0, 80))
def test_scores_stay_within_their_weights_and_ranks_follow_totals(ours, others, rule, pass_mark):
    r = Rules(rule, technical_pass=pass_mark)
    o = evaluate(_table(ours, others), r)
    for s in o.ranking:
        assert 0 <= s.price_points <= r.price_weight + 1e-9
        assert s.total == pytest.approx(s.technical_points + s.commercial_points + s.price_points)
        assert (s.rank is None) == (not s.valid)
    ranked = [s for s in o.ranking if s.valid]
    for a in ranked:
        for b in ranked:
            if a.total > b.total + 1e-6:
                assert a.rank < b.rank


@settings(max_examples=25, deadline=None)
@given(ours=st.tuples(st.floats(0, 100), st.floats(0, 100), st.floats(10, 10_000)), others=bids)
def test_the_price_to_win_wins_and_a_little_more_loses(ours, others):
    r = Rules("lowest_benchmark")
    table = _table(ours, others)
    p = price_to_win(table, r)
    if p is None or p == math.inf:
        return
    assert we_win(_table((ours[0], ours[1], p), others), r)
    assert not we_win(_table((ours[0], ours[1], p * 1.001 + 0.01), others), r)


# --- the simulator's input checks (planner/deals/tender/simulation.py) ---------------------------

from planner.deals.tender import simulation  # noqa: E402


def _sim(bidders, **kw):
    return {"price_rule": "lowest_benchmark", "technical_weight": 60, "commercial_weight": 10,
            "price_weight": 30, "parameters": {"technical_pass": 0}, "bidders": bidders} | kw


def _us(price=38_000_000, **kw):
    return {"name": "我方", "us": True, "technical": 85, "commercial": 80, "price": price} | kw


def _other(name, price, **kw):
    return {"name": name, "us": False, "technical": 80, "commercial": 80, "price": price} | kw


def test_an_empty_price_is_not_entered_yet_not_a_verdict():
    result = simulation.run(_sim([_us(None), _other("华为", 36_000_000)]))
    assert not result["we_win"] and result["price_to_win"] is None
    en, zh = result["problem"]
    assert "Our price is not entered yet" in en and "我方报价尚未填写" in zh
    assert "shortlist" not in en and "入围" not in zh
    ours = next(r for r in result["ranking"] if r["us"])
    assert ours["status"] == "no_price" and ours["rank"] is None


def test_a_competitor_without_a_price_is_no_price_yet_not_out():
    result = simulation.run(_sim([_us(), _other("华为", None), _other("南瑞", 36_000_000)]))
    by = {r["name"]: r for r in result["ranking"]}
    assert by["华为"]["status"] == "no_price" and by["华为"]["rank"] is None
    assert by["南瑞"]["status"] == "ranked"
    assert "华为" in result["problem"][1] and "尚未填写报价" in result["problem"][1]
    assert result["we_win"] is False and result["technical_to_win"] is None


@pytest.mark.parametrize("price, word", [(0, "price of 0"), (-100, "negative"), ("3,4", "ambiguous"),
                                         ("abc", "not an amount")])
def test_invalid_prices_are_refused_with_the_reason(price, word):
    result = simulation.run(_sim([_us(), _other("华为", price)]))
    assert result["ranking"] == [] and not result["we_win"]
    assert word in result["problem"][0] and "华为" in result["problem"][0]


def test_prices_as_text_follow_the_shared_amount_rule():
    as_text = simulation.run(_sim([_us("3800万"), _other("A", "3,600,000"), _other("B", "0.4亿")]))
    as_numbers = simulation.run(_sim([_us(38_000_000), _other("A", 3_600_000), _other("B", 40_000_000)]))
    assert as_text["problem"] is None
    assert as_text["ranking"] == as_numbers["ranking"]


def test_weights_must_add_up_to_100():
    result = simulation.run(_sim([_us(), _other("A", 36_000_000)], price_weight=50))
    assert result["weight_sum"] == 120 and result["ranking"] == [] and not result["we_win"]
    en, zh = result["problem"]
    assert "add up to 120, not 100" in en and "权重合计为 120 分，应为 100 分" in zh
    ok = simulation.run(_sim([_us(), _other("A", 36_000_000)], technical_weight=33.3, commercial_weight=33.3,
                             price_weight=33.4))
    assert ok["problem"] is None and ok["ranking"]


def test_scores_outside_0_to_100_are_refused_by_the_core():
    result = simulation.run(_sim([_us(), _other("A", 36_000_000, technical=150)]))
    assert "between 0 and 100" in result["problem"][0] and result["ranking"] == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=8)),
                min_size=2, max_size=4))
def test_the_simulator_never_crashes_on_odd_prices(prices):
    bidders = [_us(prices[0])] + [_other(f"B{i}", p) for i, p in enumerate(prices[1:])]
    result = simulation.run(_sim(bidders))
    assert result["problem"] is not None or result["ranking"]
    if result["we_win"]:
        assert result["problem"] is None
