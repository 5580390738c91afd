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
    return [Bidder.from_dict(b) for b in sim.get("bidders") or []]


def _finite(x: float | None) -> float | None:
    return None if x is None or math.isinf(x) else x


def run(sim: dict[str, Any]) -> dict[str, Any]:
    """The results: ``{"ranking": [...], "benchmark", "we_win", "price_to_win",
    "any_price_wins", "lowest_winning_price", "technical_to_win", "problem"}``.
    ``problem`` (English, Chinese) says why nothing could be computed."""
    rules = rules_of(sim)
    bidders = bidders_of(sim)
    out: dict[str, Any] = {"ranking": [], "benchmark": None, "we_win": False, "price_to_win": None,
                           "any_price_wins": False, "lowest_winning_price": None,
                           "technical_to_win": None, "problem": None}
    if sum(b.us for b in bidders) != 1:
        out["problem"] = ("Mark exactly one bidder as us.", "请将且仅将一个投标人标为我方。")
        return out
    outcome = evaluate(bidders, rules)
    out["ranking"] = [s.__dict__ for s in outcome.ranking]
    out["benchmark"] = outcome.benchmark
    if not any(b.price > 0 for b in bidders):
        out["problem"] = ("Enter the prices.", "请填写报价。")
        return out
    out["we_win"] = we_win(bidders, rules)
    window = price_window(bidders, rules)
    if window is not None:
        out["lowest_winning_price"] = window[0]
        out["price_to_win"] = _finite(window[1])
        out["any_price_wins"] = math.isinf(window[1])
    out["technical_to_win"] = technical_to_win(bidders, rules)
    return out
