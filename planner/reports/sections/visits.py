"""Planned visits, then the recent visits with the six outcomes of each."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from reportlab.platypus import KeepTogether

from planner.reports import style as st
from planner.reports.data import RECENT_DAYS
from planner.reports.document import heading
from planner.reports.wording import paren, v, w, when

OUTCOMES = ("outcome_real_need", "outcome_project_status", "outcome_roles", "outcome_presented",
            "outcome_feedback", "outcome_next_steps")


def attendee_names(data, visit, lang) -> str:
    names = []
    for a in visit["attendees"]:
        if a.get("stakeholder_id") and data.person_name(a["stakeholder_id"]):
            names.append(data.person_name(a["stakeholder_id"]))
    ours = [a["our_person"] for a in visit["attendees"] if a.get("our_person")]
    sep = "、" if lang == "zh" else ", "
    text = sep.join(names) or "—"
    if ours:
        text += f'  ({w("our_people", lang)}: {sep.join(ours)})'
    return text


def build(data, lang, options):
    today = datetime.combine(data.today, time.min)
    since = today - timedelta(days=RECENT_DAYS)
    out = [heading(w("visits", lang))]
    planned = sorted((x for x in data.visits if x["status"] == "planned" and x["starts_at"] >= today),
                     key=lambda x: x["starts_at"])
    if planned:
        rows = [[when(x["starts_at"], lang), v("visit_kind", x["kind"], lang), x.get("purpose") or "—",
                 attendee_names(data, x, lang)] for x in planned]
        out += [heading(w("upcoming", lang), level=1),
                st.table([w("when", lang), w("kind", lang), w("purpose", lang), w("attendees", lang)],
                         rows, [0.16, 0.12, 0.36, 0.36])]
    done = [x for x in data.visits if x["status"] == "done" and x["starts_at"] >= since]
    if planned:
        out.append(heading(w("visits_done", lang), level=1))
    if not done:
        return out + [st.para(w("no_visits", lang), "muted")]
    for x in done[:options.max_visits]:
        title = f'{when(x["starts_at"], lang)} · {v("visit_kind", x["kind"], lang)}'
        if x.get("place"):
            title += f' · {x["place"]}'
        pairs = [(w("attendees", lang), attendee_names(data, x, lang))]
        if x.get("purpose"):
            pairs.append((w("purpose", lang), x["purpose"]))
        pairs += [(w(k, lang), x[k]) for k in OUTCOMES if x.get(k)]
        if x.get("notes"):
            label = w("visit_notes", lang) + (paren(w("private_tag", lang), lang) if x.get("notes_private") else "")
            pairs.append((label, x["notes"]))
        out.append(KeepTogether([st.para(title, "h3"), st.facts(pairs, cols=1), st.gap(2)]))
    if len(done) > options.max_visits:
        out.append(st.para(w("more_visits", lang, n=len(done) - options.max_visits), "muted"))
    return out
