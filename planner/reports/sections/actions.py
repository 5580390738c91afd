"""The action plan: open actions by due date with owners (late ones in
red), then what was done in the last 30 days."""

from __future__ import annotations

from datetime import timedelta

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import day, paren, w


def about(data, a) -> str:
    opp = next((o["name"] for o in data.opportunities if o["id"] == a.get("opportunity_id")), "")
    person = data.person_name(a.get("stakeholder_id"))
    return " · ".join(x for x in (person, opp) if x) or "—"


def build(data, lang, options):
    out = [heading(w("actions", lang))]
    open_ = sorted((a for a in data.actions if not a["done"]),
                   key=lambda a: (a["due_date"] is None, a["due_date"] or data.today, a["title"]))
    if open_:
        rows, tints = [], []
        for i, a in enumerate(open_):
            late = a["due_date"] is not None and a["due_date"] < data.today
            rows.append([a["title"], a.get("owner") or "—",
                         day(a["due_date"]) + (paren(w("late", lang), lang) if late else ""), about(data, a)])
            if late:
                tints.append((i, "#b3261e"))
        out.append(st.table([w("action", lang), w("owner", lang), w("due", lang), w("about", lang)],
                            rows, [0.44, 0.12, 0.16, 0.28], highlight=tints))
    else:
        out.append(st.para(w("no_actions", lang), "muted"))
    since = data.today - timedelta(days=30)
    done = sorted((a for a in data.actions if a["done"] and a.get("done_on") and a["done_on"] >= since),
                  key=lambda a: a["done_on"], reverse=True)
    if done:
        rows = [[a["title"], a.get("owner") or "—", day(a["done_on"]), about(data, a)] for a in done]
        out += [heading(w("done_recently", lang), level=1),
                st.table([w("action", lang), w("owner", lang), w("date", lang), w("about", lang)],
                         rows, [0.44, 0.12, 0.16, 0.28])]
    return out
