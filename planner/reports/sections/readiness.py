"""Bid / no-bid readiness per selected opportunity
(:func:`planner.deals.readiness.readiness`): the score, the verdict, and
every item explained (control points, decision chain, tender rules, value
propositions)."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import w

STATUS_COLOUR = {"ok": "#2e7d32", "warn": "#b86e00", "gap": "#b3261e"}
STATUS_MARK = {"ok": "●", "warn": "◐", "gap": "○"}
VERDICT_COLOUR = {"bid": "#2e7d32", "qualify": "#b86e00", "no_bid": "#b3261e"}
AREA_WORD = {"control_points": "control_points", "decision_chain": "decision_chain",
             "checklist": "checklist_area", "propositions": "propositions"}


def verdict_box(r, lang):
    colour = VERDICT_COLOUR[r["verdict"]]
    text = r["text_zh" if lang == "zh" else "text_en"]
    t = Table([[st.para(w("readiness_score", lang, score=r["score"]), "kpi", colour=colour),
                st.para(text, "body")]], colWidths=[st.WIDTH * 0.34, st.WIDTH * 0.66], hAlign="LEFT")
    t.setStyle(TableStyle([st.FONT_CMD, ("BACKGROUND", (0, 0), (-1, -1), st.SOFT),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def items_table(r, lang):
    rows, tints = [], []
    for it in r["items"]:
        colour = STATUS_COLOUR[it["status"]]
        status = f'<font color="{colour}">{STATUS_MARK[it["status"]]}</font> {w("ready_" + it["status"], lang)}'
        if it["critical"]:
            status += f'<br/><font color="#6b7380">{w("critical", lang)}</font>'
        rows.append([w(AREA_WORD.get(it["area"], it["area"]), lang) if not rows or rows[-1][3] != it["area"]
                     else "", st.para(status, "cell", markup=True),
                     it["text_zh" if lang == "zh" else "text_en"], it["area"]])
    body = [row[:3] for row in rows]
    return st.table([w("area", lang), w("status", lang), w("explanation", lang)], body,
                    [0.17, 0.12, 0.71], highlight=tints)


def build(data, lang, options):
    found = data.extra.get("readiness") or {}
    by_id = {o["id"]: o for o in data.opportunities}
    chosen = [oid for oid in data.selected if oid in found]
    if not chosen:
        return []
    out = [heading(w("readiness", lang)), st.para(w("readiness_intro", lang), "muted"), st.gap(1)]
    for oid in chosen:
        r = found[oid]
        out += [heading(by_id[oid]["name"], level=1), verdict_box(r, lang), st.gap(2), items_table(r, lang)]
    return out
