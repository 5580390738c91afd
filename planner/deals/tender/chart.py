"""The scoring simulator's chart (matplotlib, no window): on the left each
bidder's points stacked (technical, commercial, price) in rank order, us
highlighted; on the right our total and the best competitor's total as our
price varies, with our current price marked.

Threading: any thread (the Agg backend, a figure per call).
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from matplotlib.figure import Figure

from planner.deals.tender.scoring import curve
from planner.deals.tender.simulation import bidders_of, rules_of

_CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
              "PingFang SC", "SimHei", "Heiti SC")


@lru_cache(maxsize=1)
def _fonts() -> list[str]:
    """The installed Chinese font (if any), then matplotlib's default."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in _CJK_FONTS if f in installed][:1] + ["DejaVu Sans"]
TEXT = {
    "en": {"tech": "Technical", "comm": "Commercial", "price": "Price", "points": "points",
           "ranking": "Predicted ranking", "curve": "Total score as our price changes",
           "our_price": "our price", "us": "us", "best": "best competitor", "now": "now",
           "lowest": "Lowest price wins: ranking by price", "invalid": "(not shortlisted)",
           "no_price": "(no price yet)", "incomplete": "Shown once the inputs are complete",
           "win": "highest winning price"},
    "zh": {"tech": "技术分", "comm": "商务分", "price": "价格分", "points": "分",
           "ranking": "预测排名", "curve": "我方报价变化时的总分",
           "our_price": "我方报价", "us": "我方", "best": "最强对手", "now": "当前",
           "lowest": "最低价中标：按报价排名", "invalid": "（未入围）", "no_price": "（尚无报价）", "incomplete": "输入完整后显示", "win": "可中标的最高报价"},
}


def figure(sim: dict[str, Any], result: dict[str, Any], lang: str = "en") -> Figure:
    t = TEXT["zh" if lang.startswith("zh") else "en"]
    _FONTS = _fonts()
    fig = Figure(figsize=(10, 3.8), dpi=100)
    fig.set_layout_engine("constrained")
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1.1, 1]})
    for ax in (left, right):
        for label in ax.get_xticklabels() + ax.get_yticklabels():
            label.set_fontfamily(_FONTS)
    rows = list(reversed(result["ranking"]))
    names = [(f"{r['rank']}. " if r["rank"] else "") + r["name"] + ("" if r["valid"] else " " + (
        t["no_price"] if r.get("status") == "no_price" else t["invalid"])) for r in rows]
    y = range(len(rows))
    tech = [r["technical_points"] for r in rows]
    comm = [r["commercial_points"] for r in rows]
    price = [r["price_points"] for r in rows]
    edge = ["#1b5e9e" if r["us"] else "#999" for r in rows]
    left.barh(y, tech, color="#6a9fd4", edgecolor=edge, label=t["tech"])
    left.barh(y, comm, left=tech, color="#9ccf8b", edgecolor=edge, label=t["comm"])
    left.barh(y, price, left=[a + b for a, b in zip(tech, comm)], color="#f0b85a", edgecolor=edge,
              label=t["price"])
    for i, r in enumerate(rows):
        if r.get("status") == "no_price":
            continue  # no total without a price score
        left.text(r["total"] + 0.8, i, f"{r['total']:.1f}", va="center", fontsize=9,
                  color="#1b5e9e" if r["us"] else "#333")
    left.set_yticks(list(y), names, fontfamily=_FONTS)
    for tick, r in zip(left.get_yticklabels(), rows):
        if r["us"]:
            tick.set_color("#1b5e9e")
    left.set_xlim(0, 135)
    left.set_xlabel(t["points"], fontfamily=_FONTS)
    title = t["lowest"] if sim["price_rule"] == "lowest_price_wins" else t["ranking"]
    left.set_title(title, fontfamily=_FONTS, fontsize=11)
    left.legend(loc="lower right", prop={"family": _FONTS, "size": 8})
    pts = curve(bidders_of(sim), rules_of(sim)) if result["ranking"] and not result["problem"] else []
    if pts and sim["price_rule"] != "lowest_price_wins":
        xs = [p[0] for p in pts]
        right.plot(xs, [p[1] for p in pts], color="#1b5e9e", lw=2, label=t["us"])
        right.plot(xs, [p[2] for p in pts], color="#c8372d", lw=1.5, ls="--", label=t["best"])
        ours = next(r for r in result["ranking"] if r["us"])
        right.axvline(ours["price"], color="#777", lw=1, ls=":")
        right.annotate(t["now"], (ours["price"], ours["total"]), textcoords="offset points",
                       xytext=(4, -12), fontsize=8, fontfamily=_FONTS)
        win = result.get("price_to_win")
        if win and xs[0] <= win <= xs[-1]:
            right.axvline(win, color="#1b7f3b", lw=1, ls="-.")
            right.annotate(t["win"], (win, min(min(p[1] for p in pts), min(p[2] for p in pts))),
                           textcoords="offset points", xytext=(4, 4), fontsize=8, color="#1b7f3b",
                           fontfamily=_FONTS)
        right.set_xlabel(t["our_price"], fontfamily=_FONTS)
        right.set_ylabel(t["points"], fontfamily=_FONTS)
        right.ticklabel_format(axis="x", style="plain", useOffset=False)
        right.xaxis.set_major_formatter(lambda v, _p: f"{v:,.0f}")
        right.tick_params(axis="x", labelsize=8)
        right.legend(prop={"family": _FONTS, "size": 8})
        right.grid(alpha=0.3)
    else:
        right.set_axis_off()
        if result.get("problem"):
            right.text(0.5, 0.5, t["incomplete"], ha="center", va="center", color="#777", fontsize=10,
                       fontfamily=_FONTS, transform=right.transAxes)
    right.set_title(t["curve"], fontfamily=_FONTS, fontsize=11)
    return fig


def png(sim: dict[str, Any], result: dict[str, Any], lang: str = "en") -> bytes:
    buf = io.BytesIO()
    figure(sim, result, lang).savefig(buf, format="png")
    return buf.getvalue()
