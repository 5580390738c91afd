"""The contact plan: who is overdue (longest first) and every planned cadence."""

from __future__ import annotations

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.sections._people import cadence_status, last_contact
from planner.reports.wording import day, w
from planner.text.sortkey import name_sort_key


def build(data, lang, options):
    out = [heading(w("contacts", lang)), heading(w("overdue", lang), level=1)]
    overdue = [o for o in data.insights["overdue_contacts"] if o["id"] in data.people]
    if overdue:
        rows = []
        for o in overdue:
            p = data.people[o["id"]]
            rows.append([p["name"], p.get("title", ""), w("every_days", lang, d=o["cadence_days"]),
                         day(o["last_contact"]) if o["last_contact"] else w("never", lang),
                         str(o["days_since"]) if o["days_since"] is not None else "—",
                         day(data.next_visit.get(o["id"]))])
        out.append(st.table([w("person", lang), w("title", lang), w("cadence", lang),
                             w("last_contact", lang), w("days_since", lang), w("next_visit", lang)],
                            rows, [0.15, 0.31, 0.12, 0.14, 0.12, 0.16], align_right=[4]))
    else:
        out.append(st.para(w("no_overdue", lang), "muted"))
    plans = [(data.people[pid], plan) for pid, plan in data.contact_plans.items() if pid in data.people]
    if plans:
        plans.sort(key=lambda pp: (pp[1]["cadence_days"], name_sort_key(pp[0]["name"])))
        rows = [[p["name"], w("every_days", lang, d=plan["cadence_days"]), last_contact(data, p["id"], lang),
                 cadence_status(data, p["id"], lang), plan.get("next_moment") or "—"]
                for p, plan in plans]
        out += [heading(w("plan_table", lang), level=1),
                st.table([w("person", lang), w("cadence", lang), w("last_contact", lang),
                          w("status", lang), w("next_moment", lang)],
                         rows, [0.15, 0.12, 0.14, 0.2, 0.39])]
    return out
