"""The Plan tab's content: objectives with target and actual, the SWOT as a
two-by-two grid, and the account risks by likelihood x impact."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from planner import vocab
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import day, v, w

RISK_COLOUR = {True: "#b3261e", False: None}


def _number(value, kind: str) -> str:
    if value is None:
        return "—"
    return f"{value:g}%" if kind == "share_of_wallet" else f"{value:,.0f}"


def objectives(rows, lang):
    if not rows:
        return []
    rows = sorted(rows, key=lambda o: (o.get("period") or "", o.get("title") or ""))
    body = [[[st.para(o["title"], "cell")] + ([st.para(o["measure"], "muted")] if o.get("measure") else []),
             o.get("period") or "—", v("objective_kind", o.get("kind"), lang),
             _number(o.get("target"), o.get("kind")), _number(o.get("actual"), o.get("kind")),
             st.para(v("objective_status", o.get("status"), lang), "cell",
                     colour="#b3261e" if o.get("status") in ("at_risk", "missed") else None),
             o.get("owner") or "—", day(o.get("due_date"))] for o in rows]
    return [heading(w("objectives", lang), level=1),
            st.table([w("objectives", lang), w("period", lang), w("kind", lang), w("target", lang),
                      w("actual", lang), w("status", lang), w("owner", lang), w("due", lang)],
                     body, [0.28, 0.09, 0.12, 0.1, 0.1, 0.1, 0.09, 0.12], align_right=[3, 4])]


def swot(rows, lang):
    if not rows:
        return []
    cells = {}
    for q in vocab.SWOT_QUADRANT.values:
        items = sorted((r for r in rows if r.get("quadrant") == q), key=lambda r: r.get("position") or 0)
        text = "\n".join(f"• {r['text']}" for r in items) or "—"
        cells[q] = [st.para(v("swot_quadrant", q, lang), "h3"), st.para(text, "small")]
    grid = Table([[cells["strength"], cells["weakness"]], [cells["opportunity"], cells["threat"]]],
                 colWidths=[st.WIDTH / 2] * 2, hAlign="LEFT")
    grid.setStyle(TableStyle([st.FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (0, 0), (0, 0), "#eef5ef"), ("BACKGROUND", (1, 0), (1, 0), "#fbf1ee"),
                              ("BACKGROUND", (0, 1), (0, 1), "#edf3f8"), ("BACKGROUND", (1, 1), (1, 1), "#fbf5e8"),
                              ("LINEAFTER", (0, 0), (0, -1), 2, "#ffffff"),
                              ("LINEBELOW", (0, 0), (-1, 0), 2, "#ffffff"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [heading(w("swot", lang), level=1), grid]


def risks(rows, lang):
    rows = [r for r in rows if r.get("status") != "closed"]
    if not rows:
        return []
    rows.sort(key=lambda r: -(r.get("likelihood") or 0) * (r.get("impact") or 0))
    body = [[r["title"], st.dots(r.get("likelihood")), st.dots(r.get("impact")),
             r.get("mitigation") or "—", r.get("owner") or "—", v("risk_status", r.get("status"), lang)]
            for r in rows]
    tints = [(i, "#b3261e") for i, r in enumerate(rows) if (r.get("likelihood") or 0) * (r.get("impact") or 0) >= 12]
    return [heading(w("account_risks", lang), level=1),
            st.table([w("risk", lang), w("likelihood", lang), w("impact", lang), w("mitigation", lang),
                      w("owner", lang), w("status", lang)], body, [0.3, 0.1, 0.1, 0.3, 0.1, 0.1],
                     highlight=tints)]


def build(data, lang, options):
    parts = (objectives(data.extra.get("objective", []), lang) + swot(data.extra.get("swot_entry", []), lang)
             + risks(data.extra.get("risk", []), lang))
    return [heading(w("goals", lang)), *parts] if parts else []
