"""Stored tender simulations (``tender_simulation`` records) and their results
as plain data, for the window, the command line and reports.

Threading: pure, apart from what the caller reads.
"""

from __future__ import annotations

import math
import re
from typing import Any

from planner.deals.tender.scoring import (Bidder, Rules, evaluate, price_window,
                                          technical_to_win, we_win)
from planner.text.amount import AmountError, parse_amount, parse_score

Problem = tuple[str, str]  # (English, Chinese)

DEFAULT_PARAMETERS = {"deduct_above": 1.0, "deduct_below": 0.5, "benchmark_factor": 1.0,
                      "technical_pass": 0.0}


def competitor_names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r"[,，、;；/\n]", text or "") if n.strip()]


def new_values(opportunity: dict[str, Any], lang: str) -> dict[str, Any]:
    """A first simulation for a deal: us and its competitors, 60/10/30,
    benchmark = lowest valid bid, the deal's value as every price."""
    price = float(opportunity.get("value") or 1_000_000)
    us = "我方" if lang.startswith("zh") else "Us"
    bidders = [{"name": us, "us": True, "technical": 85.0, "commercial": 80.0, "price": price}]
    bidders += [{"name": n, "us": False, "technical": 80.0, "commercial": 80.0, "price": price}
                for n in competitor_names(opportunity.get("competitors", ""))]
    title = "评标模拟" if lang.startswith("zh") else "Scoring simulation"
    return {"opportunity_id": opportunity["id"], "title": title, "price_rule": "lowest_benchmark",
            "technical_weight": 60.0, "commercial_weight": 10.0, "price_weight": 30.0,
            "parameters": dict(DEFAULT_PARAMETERS), "bidders": bidders}


def rules_of(sim: dict[str, Any]) -> Rules:
    return Rules.from_record(sim)


def bidders_of(sim: dict[str, Any]) -> list[Bidder]:
    """The bidders, read leniently (see :func:`read_bidders` for the checks)."""
    return read_bidders(sim)[0]


def _number(value: Any, parse) -> float | None:
    """A stored or typed number: numbers as they are, text by the shared rule
    (``3400万`` in a JSON file reads like it does in a cell)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return parse(str(value))


def read_bidders(sim: dict[str, Any]) -> tuple[list[Bidder], list[Problem]]:
    """The bidders and what is wrong with them: a price at or below 0, text
    that is not an amount, a score outside 0-100. A missing price (None, or
    an empty text) is not a problem here: it is "not entered yet"."""
    bidders, problems = [], []
    for n, d in enumerate(sim.get("bidders") or []):
        name = str(d.get("name") or "") or f"#{n + 1}"
        try:
            price = _number(d.get("price"), parse_amount)
        except AmountError as exc:
            problems.append((f"{name}: {exc.en}", f"{name}：{exc.zh}"))
            price = None
        if price is not None and (price != price or price in (float("inf"), float("-inf"))):
            problems.append((f"{name}: the price is not a number.", f"{name}：报价不是数字。"))
            price = None
        elif price is not None and price < 0:
            problems.append((f"{name}: a price cannot be negative ({price:,.0f}).",
                             f"{name}：报价不能为负数（{price:,.0f}）。"))
            price = None
        elif price == 0:
            problems.append((f"{name}: a price of 0 is not a bid; leave the price empty while it is not known.",
                             f"{name}：报价为 0 不是有效报价；报价未知时请留空。"))
            price = None
        scores = []
        for key, en, zh in (("technical", "technical", "技术分"), ("commercial", "commercial", "商务分")):
            try:
                value = _number(d.get(key), parse_score) or 0.0
            except AmountError as exc:
                problems.append((f"{name}: {exc.en}", f"{name}：{exc.zh}"))
                value = 0.0
            if not 0 <= value <= 100:
                problems.append((f"{name}: the {en} score must be between 0 and 100 (% of full marks), not {value:g}.",
                                 f"{name}：{zh}应在 0 到 100 之间（满分的百分比），而不是 {value:g}。"))
                value = min(100.0, max(0.0, value))
            scores.append(value)
        bidders.append(Bidder(name if d.get("name") else "", scores[0], scores[1], price, bool(d.get("us"))))
    return bidders, problems


WEIGHTS = (("technical_weight", "technical", "技术"), ("commercial_weight", "commercial", "商务"),
           ("price_weight", "price", "价格"))


def weight_problems(sim: dict[str, Any]) -> list[Problem]:
    """The weights are the tender's points: each 0-100, together exactly 100.
    A wrong sum is reported, never normalised away: the rep typed the
    weights from the tender documents, so a sum of 120 is a typo to correct,
    and rescaling it would show a verdict for weights no tender has."""
    out = []
    values = {f: float(sim.get(f) or 0) for f, _en, _zh in WEIGHTS}
    for f, en, zh in WEIGHTS:
        if not 0 <= values[f] <= 100:
            out.append((f"The {en} weight must be between 0 and 100, not {values[f]:g}.",
                        f"{zh}权重应在 0 到 100 之间，而不是 {values[f]:g}。"))
    total = sum(values.values())
    if abs(total - 100) > 1e-6:
        parts_en = " + ".join(f"{en} {values[f]:g}" for f, en, _zh in WEIGHTS)
        parts_zh = " + ".join(f"{zh} {values[f]:g}" for f, _en, zh in WEIGHTS)
        out.append((f"The weights add up to {total:g}, not 100 ({parts_en}): correct them to see the verdict.",
                    f"权重合计为 {total:g} 分，应为 100 分（{parts_zh}）：改正后才能给出结论。"))
    return out


def parameter_problems(sim: dict[str, Any]) -> list[Problem]:
    p = sim.get("parameters") or {}
    mark = float(p.get("technical_pass") or 0)
    if not 0 <= mark <= 100:
        return [(f"The technical shortlist mark must be between 0 and 100 %, not {mark:g}.",
                 f"技术入围线应在 0 到 100% 之间，而不是 {mark:g}。")]
    return []


def missing_prices(bidders: list[Bidder]) -> Problem | None:
    """Which bids have no price yet, or None."""
    ours = [b for b in bidders if b.us and b.price is None]
    others = [b.name or "?" for b in bidders if not b.us and b.price is None]
    en, zh = [], []
    if ours:
        en.append("Our price is not entered yet.")
        zh.append("我方报价尚未填写。")
    if others:
        en.append(f"No price yet for {', '.join(others)}.")
        zh.append(f"{'、'.join(others)}尚未填写报价。")
    if not en:
        return None
    en.append("Enter the missing prices to see the verdict.")
    zh.append("填写后才能给出结论。")
    return " ".join(en), "".join(zh)


def _finite(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else x


def run(sim: dict[str, Any]) -> dict[str, Any]:
    """The results: ``{"ranking": [...], "benchmark", "we_win", "price_to_win",
    "any_price_wins", "lowest_winning_price", "technical_to_win", "problem",
    "problems", "weight_sum"}``. ``problem`` (English, Chinese), all of
    ``problems`` joined, says why there is no verdict: wrong inputs (no
    ranking then), or prices not entered yet (the ranking lists the priced
    bids, and the others with the status ``no_price``)."""
    rules = rules_of(sim)
    bidders, problems = read_bidders(sim)
    problems = weight_problems(sim) + parameter_problems(sim) + problems
    out: dict[str, Any] = {"ranking": [], "benchmark": None, "we_win": False, "price_to_win": None,
                           "any_price_wins": False, "lowest_winning_price": None,
                           "technical_to_win": None, "problem": None, "problems": [],
                           "weight_sum": sum(float(sim.get(f) or 0) for f, _en, _zh in WEIGHTS)}
    if sum(b.us for b in bidders) != 1:
        problems.append(("Mark exactly one bidder as us.", "请将且仅将一个投标人标为我方。"))
    if problems:
        problems += [m for m in [missing_prices(bidders)] if m]
        out["problems"] = problems
        out["problem"] = (" ".join(p[0] for p in problems), "".join(p[1] for p in problems))
        return out
    outcome = evaluate(bidders, rules)
    out["ranking"] = [s.__dict__ for s in outcome.ranking]
    out["benchmark"] = outcome.benchmark
    missing = missing_prices(bidders)
    if missing:
        out["problems"] = [missing]
        out["problem"] = missing
        return out
    out["we_win"] = we_win(bidders, rules)
    window = price_window(bidders, rules)
    if window is not None:
        out["lowest_winning_price"] = window[0]
        out["price_to_win"] = _finite(window[1])
        out["any_price_wins"] = math.isinf(window[1])
    out["technical_to_win"] = technical_to_win(bidders, rules)
    return out
