"""The brief's first block: which visit, when, where, for which deal, and
what we want from it."""

from __future__ import annotations

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import money, v, w, when

NEW_PAGE = False


def build(data, lang, options):
    visit = data.extra["visit"]
    opp = next((o for o in data.opportunities if o["id"] == visit.get("opportunity_id")), None)
    title = w("brief_heading", lang, name=data.account["name"])
    pairs = [(w("when", lang), when(visit["starts_at"], lang)),
             (w("kind", lang), v("visit_kind", visit["kind"], lang)),
             (w("place", lang), visit.get("place") or "—"),
             (w("status", lang), v("visit_status", visit["status"], lang))]
    if opp:
        pairs += [(w("opportunity", lang), opp["name"]),
                  (w("stage", lang), f'{v("stage", opp["stage"], lang)} · '
                                     f'{money(opp["value"], opp["currency"], lang)}')]
    out = [heading(title), st.facts(pairs, cols=2)]
    if visit.get("purpose"):
        out += [st.para(w("goal", lang), "h3"), st.para(visit["purpose"])]
    return out
