"""The stakeholder table: everyone at the account with role, attitude,
importance, last contact and whether the contact cadence is kept."""

from __future__ import annotations

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.sections._people import attitude, cadence_status, last_contact, ordered_people, roles_of
from planner.reports.wording import w


def build(data, lang, options):
    if not data.people:
        return []
    roles = roles_of(data, lang)
    rows, tints = [], []
    overdue = {o["id"] for o in data.insights["overdue_contacts"]}
    for i, p in enumerate(ordered_people(data)):
        status = cadence_status(data, p["id"], lang)
        name = [st.para(p["name"], "cell")] + ([st.para(p["title"], "muted")] if p.get("title") else [])
        rows.append([name, p.get("department_name") or "—", attitude(p, lang),
                     st.dots(p.get("importance")) if "importance" in p else "—",
                     "、".join(roles.get(p["id"], [])) if lang == "zh" else ", ".join(roles.get(p["id"], [])),
                     last_contact(data, p["id"], lang),
                     st.para(status, "cell", colour="#b3261e" if p["id"] in overdue else None)])
    header = [w("person", lang), w("department", lang), w("attitude", lang), w("importance", lang),
              w("roles", lang), w("last_contact", lang), w("cadence", lang)]
    return [heading(w("stakeholders", lang)),
            st.table(header, rows, [0.19, 0.13, 0.14, 0.115, 0.14, 0.115, 0.17]),
            st.gap(2), st.para(w("unconfirmed_note", lang), "muted")]
