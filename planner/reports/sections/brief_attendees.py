"""Who will be there: role, attitude, what they care about, when we last
met them and what was said."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.sections._people import attitude, last_contact, roles_of
from planner.reports.wording import f, v, w, when

NEW_PAGE = False


def build(data, lang, options):
    visit = data.extra["visit"]
    roles = roles_of(data, lang)
    sep = "、" if lang == "zh" else ", "
    people = [data.people[a["stakeholder_id"]] for a in visit["attendees"]
              if a.get("stakeholder_id") in data.people]
    ours = [a["our_person"] for a in visit["attendees"] if a.get("our_person")]
    out = [heading(w("brief_attendees", lang), level=1)]
    rows = []
    for p in people:
        cares = "\n".join(x for x in (p.get("business_metrics"), p.get("decision_criteria"),
                                      p.get("personal_wins")) if x)
        if p.get("executive_concern"):
            cares += ("\n" if cares else "") + v("executive_concern", p["executive_concern"], lang)
        if options.include_private and p.get("private_notes"):
            cares += ("\n" if cares else "") + f'{w("private_notes", lang)}: {p["private_notes"]}'
        rows.append([[st.para(p["name"], "cell"), st.para(p.get("title", ""), "muted")],
                     sep.join(roles.get(p["id"], [])) or "—", attitude(p, lang),
                     st.dots(p["importance"]) if "importance" in p else "—", cares or "—",
                     last_contact(data, p["id"], lang)])
    if rows:
        out.append(st.table([w("person", lang), w("roles", lang), w("attitude", lang),
                             w("importance", lang), w("cares_about", lang), w("last_contact", lang)],
                            rows, [0.17, 0.11, 0.13, 0.12, 0.35, 0.12]))
    if ours:
        out.append(st.gap(1.5))
        out.append(st.para(f'{w("our_people", lang)}: {sep.join(ours)}', "small"))
    ids = {p["id"] for p in people}
    before = [x for x in data.visits if x["id"] != visit["id"] and x["status"] == "done"
              and x["starts_at"] < visit["starts_at"]
              and ids & {a.get("stakeholder_id") for a in x["attendees"]}][:3]
    if before:
        out.append(heading(w("last_interactions", lang), level=1))
        for x in before:
            met = sep.join(data.person_name(a["stakeholder_id"]) for a in x["attendees"]
                           if a.get("stakeholder_id") in ids)
            pairs = [(w("attendees", lang), met)]
            pairs += [(w(k, lang), x[k]) for k in ("outcome_feedback", "outcome_next_steps") if x.get(k)]
            out.append(KeepTogether([st.para(f'{when(x["starts_at"], lang)} · {x.get("purpose") or ""}', "h3"),
                                     st.facts(pairs, cols=1)]))
    return out
