"""A small trust chart (matplotlib, no window): the four dimensions as bars
and the trust trend per quarter as a line. Returns PNG bytes."""

from __future__ import annotations

import io

from planner.contacts.trust import DIMENSIONS, Trust, label


def _quarter(d) -> str:
    return f"{d.year % 100:02d}Q{(d.month - 1) // 3 + 1}"


def render_png(now: Trust, history: list[Trust], lang: str = "en", dpi: int = 100) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    from planner.contacts.chart_font import cjk_font_family

    family = cjk_font_family()
    fig = Figure(figsize=(5.2, 2.0), dpi=dpi)
    bars, line = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.3]})
    names = [label(d, lang) for d in DIMENSIONS]
    values = [getattr(now, d) * 100 for d in DIMENSIONS]
    bars.barh(names[::-1], values[::-1], color=["#8fb3d9", "#6f9fcf", "#4f86c0", "#2f6db0"])
    bars.set_xlim(0, 100)
    bars.tick_params(labelsize=7)
    bars.set_title(f"{label('total', lang)} {now.total:.0f}", fontsize=8)
    xs = [_quarter(t.on) for t in history]
    line.plot(xs, [t.total for t in history], marker="o", color="#2f6db0", linewidth=1.5, markersize=3)
    line.set_ylim(0, 100)
    line.tick_params(labelsize=6)
    line.tick_params(axis="x", rotation=45)
    line.grid(alpha=0.3)
    for ax in (bars, line):
        for item in (*ax.get_xticklabels(), *ax.get_yticklabels(), ax.title):
            if family:
                item.set_fontfamily(family)
    fig.tight_layout(pad=0.4)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
