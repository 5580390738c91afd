"""Tender scoring simulations stored for the selected opportunities
(:mod:`planner.deals.tender.simulation`): the rules, the inputs, the
predicted ranking, the price or technical score we need to win, and the
simulator's own chart (:func:`planner.deals.tender.chart.figure`) as vectors."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from planner.deals.tender import chart
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.vector import Vector, figure_drawing
from planner.reports.wording import money, v, w

US = "#1b5e9e"


def _name(b, lang):
    plain = b["name"] in ("我方", "Us", "us", "We", "we", "Ours")
    return b["name"] + (w("us_mark", lang) if b.get("us") and not plain else "")


def _short_money(x, currency, lang):
    if lang == "zh" and currency == "CNY" and abs(x) >= 1e4:
        return f"{x / 1e4:,.0f}万"
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.1f}m"
    if abs(x) >= 1e3:
        return f"{x / 1e3:,.0f}k"
    return f"{x:,.0f}"


def figure(sim, result, currency, lang):
    """The simulator's chart, sized for the page: compact price ticks."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fig = chart.figure(sim, result, lang)
    fig.set_size_inches(8.2, 3.3)
    left, right = fig.axes[:2]
    for ax in (left, right):
        ax.tick_params(labelsize=7.5)
    legend = left.get_legend()
    if legend is not None:  # below the axis, clear of the bars' totals
        handles, labels = left.get_legend_handles_labels()
        legend.remove()
        left.set_xlabel("")
        left.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=3, frameon=False,
                    prop={"family": chart._fonts(), "size": 7.5})
    if right.axison:
        right.xaxis.set_major_locator(MaxNLocator(5))
        right.xaxis.set_major_formatter(FuncFormatter(lambda x, _p: _short_money(x, currency, lang)))
    return fig


def _pct(x):
    return f"{float(x or 0):g}%"


def rules(sim, result, currency, lang):
    p = sim.get("parameters") or {}
    pairs = [(w("price_rule", lang), v("price_rule", sim["price_rule"], lang)),
             (w("weights", lang), w("weights_value", lang, t=sim["technical_weight"],
                                    c=sim["commercial_weight"], p=sim["price_weight"]))]
    if p.get("technical_pass"):
        pairs.append((w("technical_pass", lang), _pct(p["technical_pass"])))
    if result.get("benchmark"):
        pairs.append((w("benchmark", lang), money(result["benchmark"], currency, lang)))
    return st.facts(pairs, cols=1)


def inputs(sim, currency, lang):
    bidders = sim.get("bidders") or []
    rows = [[st.para(_name(b, lang), "cell", colour=US if b.get("us") else None),
             _pct(b.get("technical")), _pct(b.get("commercial")), money(b.get("price"), currency, lang)]
            for b in bidders]
    return st.table([w("bidder", lang), w("technical", lang), w("commercial", lang), w("price", lang)],
                    rows, [0.4, 0.18, 0.18, 0.24], align_right=[1, 2, 3])


def ranking(result, lang):
    rows = []
    for r in result["ranking"]:
        colour = US if r["us"] else None
        rank = str(r["rank"]) if r["rank"] else w("not_shortlisted", lang)
        rows.append([st.para(rank, "cell", colour=colour), st.para(_name(r, lang), "cell", colour=colour),
                     f"{r['technical_points']:.1f}", f"{r['commercial_points']:.1f}",
                     f"{r['price_points']:.1f}", st.para(f"<b>{r['total']:.1f}</b>", "cell_r", markup=True,
                                                          colour=colour)])
    return st.table([w("rank", lang), w("bidder", lang), w("technical", lang), w("commercial", lang),
                     w("price_points", lang), w("total", lang)], rows,
                    [0.13, 0.35, 0.13, 0.13, 0.13, 0.13], align_right=[2, 3, 4, 5])


def to_win(result, currency, lang):
    prices = [r["price"] for r in result["ranking"] if (r["price"] or 0) > 0 and not r["us"]]
    lines = [w("we_win" if result["we_win"] else "we_lose", lang)]
    low = result.get("lowest_winning_price")
    if result.get("any_price_wins"):
        lines.append(w("price_any", lang, low=money(low, currency, lang)))
    elif result.get("price_to_win") is not None:
        high = money(result["price_to_win"], currency, lang)
        if low is not None and low > 0.5 * min(prices or [low]):  # a real floor, not the search's
            lines.append(w("price_window", lang, low=money(low, currency, lang), high=high))
        else:
            lines.append(w("price_up_to", lang, high=high))
    else:
        lines.append(w("price_none", lang))
    tech = result.get("technical_to_win")
    lines.append(w("tech_needed", lang, score=tech) if tech is not None else w("tech_never", lang))
    colour = "#2e7d32" if result["we_win"] else "#b3261e"
    return [st.para(lines[0], "body", colour=colour), *[st.para("• " + x, "body") for x in lines[1:]]]


def simulation(o, sim, result, lang):
    currency = o.get("currency") or "CNY"
    title = sim.get("title") or w("scoring", lang)
    out = [heading(w("scoring_opp", lang, name=o["name"], title=title), level=1),
           rules(sim, result, currency, lang), st.gap(2)]
    if result.get("problem"):
        en, zh = result["problem"]
        return out + [st.para(zh if lang == "zh" else en, "body", colour="#b3261e")]
    fig = figure(sim, result, currency, lang)
    out += [KeepTogether([st.para(w("inputs", lang), "h3"), inputs(sim, currency, lang)]),
            KeepTogether([st.para(w("ranking", lang), "h3"), ranking(result, lang)]),
            KeepTogether([st.para(w("to_win", lang), "h3"), *to_win(result, currency, lang)]),
            CondPageBreak(st.WIDTH * 0.4),
            st.para(w("chart_scoring", lang), "h3"),
            Vector(figure_drawing(fig), st.WIDTH)]
    return out


def build(data, lang, options):
    found = data.extra.get("tender") or {}
    by_id = {o["id"]: o for o in data.opportunities}
    chosen = [(oid, sim, res) for oid in data.selected for sim, res in found.get(oid, [])]
    if not chosen:
        return []
    out = [heading(w("scoring", lang))]
    for n, (oid, sim, res) in enumerate(chosen):
        if n:
            out.append(PageBreak())
        out += simulation(by_id[oid], sim, res, lang)
    return out
