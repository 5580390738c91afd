"""Customer health (:mod:`planner.plan.health`): the indicator, each of its
parts with its score, weight and plain explanation, then NPS per contact
(:mod:`planner.plan.nps`) with each contact's answers over time."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Table, TableStyle

from planner.plan import nps as nps_mod
from planner.plan.health import COMPONENT_NAMES, LEVELS
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import day, w

LEVEL_COLOUR = {"good": "#2e7d32", "watch": "#b86e00", "poor": "#b3261e", "unknown": "#6b7380"}
CATEGORY_COLOUR = {"promoter": "#2e7d32", "passive": "#6b7380", "detractor": "#b3261e"}


def _lang_text(pair, lang):
    return pair[1] if lang == "zh" else pair[0]


def _score_colour(score):
    return LEVEL_COLOUR["good" if score >= 70 else "watch" if score >= 40 else "poor"]


def headline(h, lang):
    colour = LEVEL_COLOUR[h.level]
    score = "—" if h.score is None else f"{round(h.score)}"
    t = Table([[st.para(w("health_score", lang, score=score), "kpi", colour=colour),
                st.para(_lang_text(LEVELS[h.level], lang), "kpi", colour=colour)]],
              colWidths=[st.WIDTH * 0.5, st.WIDTH * 0.5], hAlign="LEFT")
    t.setStyle(TableStyle([st.FONT_CMD, ("BACKGROUND", (0, 0), (-1, -1), st.SOFT),
                           ("LINEBEFORE", (0, 0), (0, -1), 4, colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def bar(score, width=60):
    """A small horizontal bar for a 0-100 score."""
    full = max(0.0, min(1.0, score / 100))
    t = Table([["", ""]], colWidths=[max(width * full, 0.1), max(width * (1 - full), 0.1)], rowHeights=[6],
              hAlign="LEFT")
    t.setStyle(TableStyle([st.FONT_CMD, ("BACKGROUND", (0, 0), (0, 0), _score_colour(score)),
                           ("BACKGROUND", (1, 0), (1, 0), "#e3e7ec"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def parts(h, lang):
    rows = []
    for c in h.components:
        if c.score is None:
            score = [st.para(w("not_counted", lang), "muted")]
        else:
            score = [st.para(f"{round(c.score)}", "cell", colour=_score_colour(c.score)), bar(c.score)]
        rows.append([_lang_text(COMPONENT_NAMES[c.key], lang), score, f"× {c.weight}", c.text(lang)])
    return st.table([w("health_part", lang), w("score", lang), w("weight", lang), w("explanation", lang)],
                    rows, [0.2, 0.12, 0.08, 0.6], align_right=[2])


def _signed(x):
    return "—" if x is None else f"{x:+.0f}"


def nps_table(rows, data, lang):
    history = nps_mod.history_by_contact(rows)
    now, before = nps_mod.trend(rows, data.today)
    body = []
    order = sorted(history.items(), key=lambda kv: (-kv[1][-1]["score"], kv[1][-1]["stakeholder_name"]))
    for pid, answers in order:
        last = answers[-1]
        cat = nps_mod.category(last["score"])
        colour = CATEGORY_COLOUR[cat]
        trend = ""
        if len(answers) > 1:
            delta = last["score"] - answers[-2]["score"]
            trend = "→" if delta == 0 else ("↑ " if delta > 0 else "↓ ") + f"{delta:+d}"
        p = data.people.get(pid, {})
        body.append([[st.para(last["stakeholder_name"], "cell"), st.para(p.get("title") or "", "muted")],
                     st.para(f"<b>{last['score']}</b> · {w(cat, lang)}", "cell", markup=True, colour=colour),
                     day(last["scored_on"]),
                     st.para(trend, "cell", colour=CATEGORY_COLOUR["promoter"] if trend.startswith("↑")
                             else CATEGORY_COLOUR["detractor"] if trend.startswith("↓") else None),
                     "  ".join(f"{a['score']} ({day(a['scored_on'])[:7]})" for a in answers),
                     (last.get("comment") or "")])
    summary = w("nps_account", lang, now=_signed(now.value), n=now.answers, before=_signed(before.value))
    return [heading(w("nps_heading", lang), level=1), st.para(summary),
            st.table([w("person", lang), w("latest", lang), w("date", lang), w("trend", lang),
                      w("answers", lang), w("note", lang)], body, [0.2, 0.14, 0.11, 0.08, 0.24, 0.23])]


def build(data, lang, options):
    h = data.extra.get("health")
    if h is None:
        return []
    out = [heading(w("health", lang)), headline(h, lang), st.gap(2), parts(h, lang)]
    rows = data.extra.get("nps") or []
    if rows:
        out += nps_table(rows, data, lang)
    return out
