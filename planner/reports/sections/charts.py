"""Charts (matplotlib, embedded as vectors): contacts per month over the
last year, the attitude of the key people, buying roles by attitude."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Table, TableStyle

from planner import vocab
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.fonts import register_with_matplotlib
from planner.reports.vector import Vector, figure_drawing
from planner.reports.wording import v, w

INK = "#23272f"
GRID = "#d9dee5"


def _months(today: date) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(12):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _figure(width_in: float, height_in: float):
    from matplotlib.figure import Figure

    family = register_with_matplotlib()
    fig = Figure(figsize=(width_in, height_in))
    fig.patch.set_alpha(0)
    ax = fig.add_subplot(111)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(colors=INK, labelsize=7.5, length=0)
    for label in (*ax.get_xticklabels(), *ax.get_yticklabels()):
        label.set_family(family)
    return fig, ax, family


def _contact_counts(data) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    months = _months(data.today)
    index = {m: i for i, m in enumerate(months)}
    visits, other = [0] * 12, [0] * 12
    for x in data.visits:
        k = (x["starts_at"].year, x["starts_at"].month)
        if x["status"] == "done" and k in index:
            visits[index[k]] += 1
    for c in data.contact_logs:
        k = (c["contacted_on"].year, c["contacted_on"].month)
        if k in index:
            other[index[k]] += 1
    return months, visits, other


def contacts_chart(data, lang):
    months, visits, other = _contact_counts(data)
    fig, ax, family = _figure(6.6, 2.3)
    xs = range(12)
    ax.bar(xs, visits, color="#1f3a5f", width=0.62, label=w("chart_visits", lang))
    ax.bar(xs, other, bottom=visits, color="#8fb8c4", width=0.62, label=w("chart_other", lang))
    ax.set_xticks(list(xs), [f"{y % 100:02d}-{m:02d}" for y, m in months], fontfamily=family)
    ax.yaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=7.5, prop={"family": family, "size": 7.5}, loc="upper left")
    fig.subplots_adjust(left=0.05, right=0.99, top=0.97, bottom=0.12)  # fixed: no second layout pass
    return figure_drawing(fig)


def _attitude_counts(data) -> dict[str, int]:
    counts = {a: 0 for a in vocab.ATTITUDE.values}
    for p in data.people.values():
        if (p.get("importance") or 0) >= 4 and p.get("attitude") in counts:
            counts[p["attitude"]] += 1
    return counts


def attitudes_chart(data, lang):
    counts = _attitude_counts(data)
    names = list(counts)[::-1]
    fig, ax, family = _figure(3.2, 2.4)
    ax.barh([v("attitude", a, lang) for a in names], [counts[a] for a in names],
            color=[st.ATTITUDE_COLOURS[a] for a in names], height=0.62)
    return _bars_drawing(fig, ax, family)


def _bars_drawing(fig, ax, family):
    """Finish a horizontal bar chart of counts (labels in the report font,
    whole-number grid) and turn it into a drawing."""
    for label in ax.get_yticklabels():
        label.set_family(family)
    ax.xaxis.grid(True, color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.subplots_adjust(left=0.3, right=0.97, top=0.97, bottom=0.1)
    return figure_drawing(fig)


def _coverage_counts(data) -> dict[tuple[str, str], int]:
    counts = {(r, a): 0 for r in vocab.BUYING_ROLE.values for a in vocab.ATTITUDE.values}
    for oid in data.selected:
        chain = data.chains.get(oid)
        for r in (chain or {}).get("roles", []):
            for h in r["holders"]:
                if (r["role"], h["attitude"]) in counts:
                    counts[(r["role"], h["attitude"])] += 1
    return counts


def coverage_chart(data, lang):
    roles = list(vocab.BUYING_ROLE.values)
    atts = list(vocab.ATTITUDE.values)
    counts = _coverage_counts(data)
    fig, ax, family = _figure(3.2, 2.4)
    labels = [v("buying_role", r, lang) for r in roles][::-1]
    left = [0] * len(roles)
    for a in atts:
        vals = [counts[(r, a)] for r in roles][::-1]
        ax.barh(labels, vals, left=left, color=st.ATTITUDE_COLOURS[a], height=0.62,
                label=v("attitude", a, lang))
        left = [x + y for x, y in zip(left, vals)]
    return _bars_drawing(fig, ax, family)


def build(data, lang, options):
    """Each chart, or one line where it would be an empty frame (axes of
    -0.04…0.04 told a manager nothing); one line for the whole chapter when
    no chart has anything to show."""
    _, visits, other = _contact_counts(data)
    has = {"contacts": any(visits) or any(other), "attitudes": any(_attitude_counts(data).values()),
           "coverage": any(_coverage_counts(data).values())}
    if not any(has.values()):
        return [heading(w("charts", lang)), st.para(w("charts_empty", lang), "muted")]
    half = st.WIDTH / 2 - 4

    def chart(key, draw, width):
        return Vector(draw(data, lang), width) if has[key] else st.para(w(f"chart_{key}_empty", lang), "muted")

    out = [heading(w("charts", lang)), st.para(w("chart_contacts", lang), "h3"),
           chart("contacts", contacts_chart, st.WIDTH), st.gap(4)]
    pair = Table([[st.para(w("chart_attitudes", lang), "h3"), st.para(w("chart_coverage", lang), "h3")],
                  [chart("attitudes", attitudes_chart, half), chart("coverage", coverage_chart, half)]],
                 colWidths=[st.WIDTH / 2] * 2, hAlign="LEFT")
    pair.setStyle(TableStyle([st.FONT_CMD, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out.append(pair)
    legend = "   ".join(f'<font color="{st.ATTITUDE_COLOURS[a]}">■</font> {v("attitude", a, lang)}'
                       for a in vocab.ATTITUDE.values)
    out += [st.gap(1), st.para(legend, "muted", markup=True)]
    return out
