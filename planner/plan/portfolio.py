"""The portfolio across accounts: tiers against revenue, the 80/20 picture.

``portfolio`` ranks the accounts by current business (revenue now) and adds
the cumulative share; ``pareto_figure`` draws it with matplotlib (bars
coloured by tier, the cumulative line and the 80 % mark). Tier questions are
flagged: an S/A account in the tail, or a B/C account among the few that make
80 % of the revenue.

Amounts in different currencies are never added up (there is no exchange
rate offline): the portfolio is drawn for one currency at a time, by default
the one most accounts use, and the text says how many accounts are elsewhere.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from sqlalchemy import select

from planner.models import Account
from planner.store.database import Database
from planner.text.sortkey import sort_key

TIER_COLOURS = {"S": "#8e2c48", "A": "#d9822b", "B": "#4a7ab5", "C": "#9aa5b1"}
CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
             "Microsoft YaHei", "PingFang SC", "SimHei", "Heiti SC", "Arial Unicode MS")


def portfolio(db: Database, currency: str | None = None) -> dict[str, Any]:
    """``rows``: the live accounts in ``currency`` (default: the currency most
    accounts use) by current business (largest first) with ``revenue``,
    ``share`` and ``cumulative`` (fractions), ``head`` (among the accounts
    that make the first 80 %) and ``question`` (tier looks off); ``total``,
    ``head_count``, ``currency``, ``currencies`` (each with its number of
    accounts, most used first) and ``elsewhere`` (accounts in other currencies)."""
    with db.read() as s:
        accounts = s.scalars(select(Account).where(Account.deleted.is_(False),
                                                   Account.merged_into_id.is_(None))).all()
        every = [{"id": a.id, "name": a.name, "tier": a.tier, "revenue": a.current_business or 0.0,
                  "potential": a.revenue_potential, "currency": a.currency,
                  "strategic_value": a.strategic_value, "reference_value": a.reference_value,
                  "tier_rationale": a.tier_rationale} for a in accounts]
    counts: dict[str, int] = {}
    for r in every:
        counts[r["currency"]] = counts.get(r["currency"], 0) + 1
    currencies = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if currency is None:
        currency = currencies[0][0] if currencies else ""
    rows = [r for r in every if r["currency"] == currency]
    rows.sort(key=lambda r: (-r["revenue"], sort_key(r["name"])))
    total = sum(r["revenue"] for r in rows)
    running, head_count = 0.0, 0
    for r in rows:
        before = running
        running += r["revenue"]
        r["share"] = r["revenue"] / total if total else 0.0
        r["cumulative"] = running / total if total else 0.0
        # an account is in the head when the 80 % line is not yet reached before it
        r["head"] = total > 0 and r["revenue"] > 0 and before / total < 0.8
        head_count += r["head"]
        r["question"] = ((r["tier"] in ("S", "A") and not r["head"])
                         or (r["tier"] in ("B", "C") and r["head"]))
    return {"rows": rows, "total": total, "head_count": head_count, "currency": currency,
            "currencies": currencies, "elsewhere": len(every) - len(rows)}


def headline(p: dict[str, Any], lang: str = "en") -> str:
    n, head = len(p["rows"]), p["head_count"]
    zh = lang.startswith("zh")
    others = [c for c, _ in p.get("currencies", []) if c != p.get("currency")]
    if not n or not p["total"]:
        text = "还没有记录当前业务额。" if zh else "No current business recorded yet."
    else:
        pct = round(100 * head / n)
        last = p["rows"][head - 1]["cumulative"] if head else 0.0
        text = (f"{n}个客户中，前{head}个（{pct}%）贡献了{last:.0%}的当前业务。" if zh else
                f"The top {head} of {n} accounts ({pct}%) bring {last:.0%} of the current business.")
    if others:
        k, names = p["elsewhere"], ("、" if zh else ", ").join(others)
        text += (f"（{p['currency']}；另有{k}个客户使用{names}，不同币种不相加。）" if zh else
                 f" ({p['currency']}; {k} account(s) in {names} are shown separately, "
                 "currencies are never added up.)")
    return text


@contextmanager
def _cjk_fonts() -> Iterator[None]:
    import matplotlib
    from matplotlib import font_manager

    from planner.fonts import register_matplotlib_fonts

    register_matplotlib_fonts()  # the font the packaged app carries (resources/fonts/)
    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = [f for f in CJK_FONTS if f in installed] + ["DejaVu Sans"]
    with matplotlib.rc_context({"font.family": family,
                                "axes.unicode_minus": False}):
        yield


def pareto_figure(p: dict[str, Any], lang: str = "en", width: float = 9.0, height: float = 4.8):
    """A matplotlib Figure (no pyplot, no window): bars of current business
    per account coloured by tier, the cumulative share and the 80 % line."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter, PercentFormatter

    zh = lang.startswith("zh")
    rows = _bars(p["rows"], zh)
    with _cjk_fonts():
        fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
        ax = fig.add_subplot()
        xs = range(len(rows))
        ax.bar(xs, [r["revenue"] for r in rows], color=[TIER_COLOURS.get(r["tier"], "#999") for r in rows],
               edgecolor=["#c00" if r["question"] else "none" for r in rows], linewidth=1.5)
        ax.set_xticks(list(xs), [_short(r["name"]) for r in rows], rotation=30, ha="right", fontsize=8)
        ax.set_ylabel("当前业务额" if zh else "Current business")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _money(v)))
        ax.spines[["top"]].set_visible(False)
        line = ax.twinx()
        line.plot(list(xs), [100 * r["cumulative"] for r in rows], color="#333", marker="o", markersize=3)
        line.axhline(80, color="#888", linestyle="--", linewidth=1)
        line.set_ylim(0, 105)
        line.yaxis.set_major_formatter(PercentFormatter())
        line.set_ylabel("累计占比" if zh else "Cumulative share")
        line.spines[["top"]].set_visible(False)
        handles = [Patch(color=TIER_COLOURS[t], label=t) for t in TIER_COLOURS]
        handles.append(Patch(facecolor="white", edgecolor="#c00", label="分级存疑" if zh else "Tier in question"))
        ax.legend(handles=handles, loc="center right", fontsize=8, framealpha=0.9)
        fig.suptitle(headline(p, lang), fontsize=10, x=0.01, ha="left")
        if not rows:
            ax.text(0.5, 0.5, "没有客户" if zh else "No accounts", transform=ax.transAxes, ha="center")
    return fig


#: at most this many bars; the tail is one bar "others (N)"
MAX_BARS = 30


def _bars(rows: list[dict[str, Any]], zh: bool) -> list[dict[str, Any]]:
    if len(rows) <= MAX_BARS:
        return rows
    head, tail = rows[: MAX_BARS - 1], rows[MAX_BARS - 1:]
    n = len(tail)
    others = {"name": f"其他{n}个客户" if zh else f"{n} others", "tier": "", "question": False,
              "revenue": sum(r["revenue"] for r in tail), "cumulative": tail[-1]["cumulative"]}
    return [*head, others]


def _short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _money(v: float) -> str:
    if abs(v) >= 1e6:
        return f"{v / 1e6:.0f}M" if v % 1e6 == 0 else f"{v / 1e6:.1f}M"
    if abs(v) >= 1e3:
        return f"{v / 1e3:.0f}k"
    return f"{v:.0f}"


def save_pareto_png(p: dict[str, Any], path: str, lang: str = "en") -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = pareto_figure(p, lang)
    FigureCanvasAgg(fig).print_png(path)
