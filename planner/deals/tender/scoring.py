"""The tender scoring simulator (评标模拟): who wins under the tender's rules,
and what price or score we need to win.

Scores are entered as a share of full marks (0-100 %): technical 85 % with a
technical weight of 60 is 51 points. The price score follows one of the
price rules of :data:`planner.vocab.PRICE_RULE` (the common Chinese ones):

- ``lowest_benchmark`` (最低价基准法): benchmark = the lowest valid bid;
  price score = price weight × benchmark / price.
- ``lowest_deviation``: benchmark = the lowest valid bid; the full price
  weight minus ``deduct_above`` points per 1 % above it.
- ``average_deviation`` (平均价基准法): benchmark = the average of the valid
  bids × ``benchmark_factor``; the full price weight minus ``deduct_above``
  points per 1 % above it or ``deduct_below`` points per 1 % below it.
- ``lowest_price_wins`` (最低价中标): among the technically compliant bids the
  lowest price wins; scores only decide who is compliant.

Price scores never go below 0 nor above the price weight. A bid without a
price (``price`` None: not entered yet) is neither valid nor out: its
status is ``no_price``. A priced bid is *valid* when its technical score
reaches the technical shortlist mark ``technical_pass`` (% of full marks;
0 = no shortlist), else its status is ``below_shortlist``; only valid bids
(status ``ranked``) count for the benchmark and the ranking. Whether the
inputs make sense (prices above 0, weights adding up to 100) is checked by
:func:`planner.deals.tender.simulation.problems`. Ranks are
competition ranks (equal totals share a rank); we *win* when we rank first
alone (a tie is decided by rules we cannot simulate).

Pure functions, no database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

PRICE_RULES = ("lowest_benchmark", "lowest_deviation", "average_deviation", "lowest_price_wins")
_EPS = 1e-9


@dataclass(frozen=True)
class Bidder:
    name: str
    technical: float  # % of full marks
    commercial: float  # % of full marks
    price: float | None  # None: not entered yet
    us: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Bidder":
        price = d.get("price")
        return cls(str(d.get("name", "")), float(d.get("technical") or 0),
                   float(d.get("commercial") or 0), None if price is None else float(price), bool(d.get("us")))


@dataclass(frozen=True)
class Rules:
    price_rule: str = "lowest_benchmark"
    technical_weight: float = 60.0
    commercial_weight: float = 10.0
    price_weight: float = 30.0
    deduct_above: float = 1.0
    deduct_below: float = 0.5
    benchmark_factor: float = 1.0
    technical_pass: float = 0.0

    def __post_init__(self) -> None:
        if self.price_rule not in PRICE_RULES:
            raise ValueError(f"unknown price rule {self.price_rule!r}")

    @classmethod
    def from_record(cls, sim: dict[str, Any]) -> "Rules":
        """From a ``tender_simulation`` record."""
        p = sim.get("parameters") or {}
        known = {k: float(p[k]) for k in ("deduct_above", "deduct_below", "benchmark_factor",
                                          "technical_pass") if p.get(k) is not None}
        return cls(sim["price_rule"], float(sim["technical_weight"]), float(sim["commercial_weight"]),
                   float(sim["price_weight"]), **known)


@dataclass(frozen=True)
class Scored:
    name: str
    us: bool
    price: float | None
    valid: bool
    technical_points: float
    commercial_points: float
    price_points: float
    total: float
    rank: int | None  # None: invalid, not ranked
    status: str = "ranked"  # or "below_shortlist", "no_price"


@dataclass
class Outcome:
    ranking: list[Scored]
    benchmark: float | None
    rules: Rules
    notes: list[str] = field(default_factory=list)

    def ours(self) -> Scored | None:
        return next((s for s in self.ranking if s.us), None)


def is_valid(b: Bidder, rules: Rules) -> bool:
    return b.price is not None and b.price > 0 and b.technical + _EPS >= rules.technical_pass


def status(b: Bidder, rules: Rules) -> str:
    """``no_price`` (not entered yet), ``below_shortlist`` or ``ranked``."""
    if b.price is None or b.price <= 0:
        return "no_price"
    return "ranked" if is_valid(b, rules) else "below_shortlist"


def benchmark(prices: Sequence[float], rules: Rules) -> float | None:
    """The benchmark price of the valid bids' prices (None: no valid bid)."""
    if not prices:
        return None
    if rules.price_rule == "average_deviation":
        return sum(prices) / len(prices) * rules.benchmark_factor
    return min(prices) * (rules.benchmark_factor if rules.price_rule != "lowest_price_wins" else 1.0)


def price_points(price: float, bench: float | None, rules: Rules) -> float:
    """The price score of one valid bid."""
    w = rules.price_weight
    if bench is None or bench <= 0 or price <= 0 or rules.price_rule == "lowest_price_wins":
        return 0.0
    if rules.price_rule == "lowest_benchmark":
        pts = w * bench / price
    else:
        deviation = (price - bench) / bench * 100
        per = rules.deduct_above if deviation >= 0 else rules.deduct_below
        if rules.price_rule == "lowest_deviation" and deviation < 0:
            per = 0.0  # cannot be below the lowest bid (unless a factor < 1 is set)
        pts = w - per * abs(deviation)
    return min(w, max(0.0, pts))


def _ranks(keys: list[float], higher_is_better: bool) -> list[int]:
    out = []
    for k in keys:
        better = sum(1 for o in keys if (o > k + 1e-7 if higher_is_better else o < k - 1e-7))
        out.append(better + 1)
    return out


def evaluate(bidders: Iterable[Bidder], rules: Rules) -> Outcome:
    """Scores and ranks every bidder; the ranking lists valid bids by rank,
    then the invalid ones."""
    bidders = list(bidders)
    valid = [is_valid(b, rules) for b in bidders]
    bench = benchmark([b.price for b, ok in zip(bidders, valid) if ok], rules)
    scored = []
    for b, ok in zip(bidders, valid):
        t = rules.technical_weight * b.technical / 100
        c = rules.commercial_weight * b.commercial / 100
        p = price_points(b.price, bench, rules) if ok else 0.0
        scored.append([b, ok, t, c, p, t + c + p])
    live = [s for s in scored if s[1]]
    if rules.price_rule == "lowest_price_wins":
        ranks = _ranks([s[0].price for s in live], higher_is_better=False)
    else:
        ranks = _ranks([s[5] for s in live], higher_is_better=True)
    rank_of = {id(s): r for s, r in zip(live, ranks)}
    out = [Scored(b.name, b.us, b.price, ok, t, c, p, total, rank_of.get(id(s)), status(b, rules))
           for s in scored for b, ok, t, c, p, total in [s]]
    out.sort(key=lambda s: (s.rank is None, s.rank or 0, -s.total, s.name))
    return Outcome(out, bench, rules)


def _us(bidders: Sequence[Bidder]) -> int:
    idx = [i for i, b in enumerate(bidders) if b.us]
    if len(idx) != 1:
        raise ValueError("exactly one bidder must be us")
    return idx[0]


def we_win(bidders: Sequence[Bidder], rules: Rules) -> bool:
    """We rank first, alone."""
    ranking = evaluate(bidders, rules).ranking
    firsts = [s for s in ranking if s.rank == 1]
    return len(firsts) == 1 and firsts[0].us


def _with_price(bidders: Sequence[Bidder], i: int, price: float) -> list[Bidder]:
    out = list(bidders)
    b = out[i]
    out[i] = Bidder(b.name, b.technical, b.commercial, price, True)
    return out


def _bisect(bidders, i, rules, win: float, lose: float) -> float:
    """The boundary between a winning and a losing price (returns a winning one)."""
    for _ in range(80):
        if abs(lose - win) <= max(1e-10 * abs(win), 1e-6):
            break
        mid = (win + lose) / 2
        if we_win(_with_price(bidders, i, mid), rules):
            win = mid
        else:
            lose = mid
    return win


def price_window(bidders: Sequence[Bidder], rules: Rules, steps: int = 2000
                 ) -> tuple[float, float] | None:
    """(lowest, highest) price at which we win, other bids as they are;
    None when no price wins. The highest is ``math.inf`` when we win at any
    price (price does not decide). Searched between 1 % of the lowest and
    3 × the highest price on the table, boundaries refined by bisection."""
    bidders = list(bidders)
    i = _us(bidders)
    if not is_valid(Bidder("", bidders[i].technical, 0, 1.0), rules):
        return None
    prices = [b.price for b in bidders if b.price is not None and b.price > 0]
    if not prices:
        return None
    lo, hi = min(prices) * 0.01, max(prices) * 3
    grid = [lo + (hi - lo) * k / steps for k in range(steps + 1)]
    wins = [we_win(_with_price(bidders, i, p), rules) for p in grid]
    if not any(wins):
        return None
    first = wins.index(True)
    last = len(wins) - 1 - wins[::-1].index(True)
    low = grid[first] if first == 0 else _bisect(bidders, i, rules, grid[first], grid[first - 1])
    if last == len(grid) - 1 and rules.price_rule in ("lowest_benchmark", "lowest_deviation"):
        far = 1e15  # our price score is ~0 there: do our other scores carry us?
        high = math.inf if we_win(_with_price(bidders, i, far), rules) else _bisect(
            bidders, i, rules, grid[last], far)
    elif last == len(grid) - 1:
        high = grid[last]
    else:
        high = _bisect(bidders, i, rules, grid[last], grid[last + 1])
    return low, high


def price_to_win(bidders: Sequence[Bidder], rules: Rules) -> float | None:
    """The highest price at which we win (see :func:`price_window`)."""
    window = price_window(bidders, rules)
    return None if window is None else window[1]


def technical_to_win(bidders: Sequence[Bidder], rules: Rules) -> float | None:
    """The lowest technical score (% of full marks) with which we win at our
    price and commercial score; None when even 100 % is not enough."""
    bidders = list(bidders)
    i = _us(bidders)
    me = bidders[i]
    trial = list(bidders)
    trial[i] = Bidder(me.name, max(rules.technical_pass, 100.0), me.commercial, me.price, True)
    if not we_win(trial, rules):
        return None
    if rules.price_rule == "lowest_price_wins" or rules.technical_weight <= 0:
        return rules.technical_pass
    outcome = evaluate(trial, rules)
    ours = outcome.ours()
    best_other = max((s.total for s in outcome.ranking if s.valid and not s.us), default=0.0)
    # our total is linear in our technical score; the others' do not depend on it
    need = (best_other - ours.commercial_points - ours.price_points) / rules.technical_weight * 100
    need = max(rules.technical_pass, need)
    # strictly ahead: nudge up until we win (ties do not count)
    for step in (0.0, 1e-6, 1e-4, 1e-2):
        trial[i] = Bidder(me.name, need + step, me.commercial, me.price, True)
        if we_win(trial, rules):
            return min(100.0, need + step)
    return 100.0


def curve(bidders: Sequence[Bidder], rules: Rules, points: int = 120
          ) -> list[tuple[float, float, float]]:
    """(our price, our total, best competitor total) as our price varies
    from 50 % to 150 % of the table's price range (for the chart)."""
    bidders = list(bidders)
    i = _us(bidders)
    prices = [b.price for b in bidders if b.price is not None and b.price > 0]
    if not prices:
        return []
    lo, hi = min(prices) * 0.7, max(prices) * 1.3
    out = []
    for k in range(points + 1):
        p = lo + (hi - lo) * k / points
        o = evaluate(_with_price(bidders, i, p), rules)
        ours = o.ours()
        best = max((s.total for s in o.ranking if s.valid and not s.us), default=0.0)
        out.append((p, ours.total if ours.valid else 0.0, best))
    return out
