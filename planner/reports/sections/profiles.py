"""Key people: what each is measured on, decides by and wants for
themselves (the three-dimensional view), with private notes on request."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.sections._people import attitude, roles_of
from planner.reports.wording import f, v, w
from planner.text.sortkey import name_sort_key


def build(data, lang, options):
    roles = roles_of(data, lang)
    key = [p for p in data.people.values() if (p.get("importance") or 0) >= 4 or p["id"] in roles]
    key.sort(key=lambda p: (-(p.get("importance") or 0), name_sort_key(p["name"])))
    key = key[:options.max_profiles]
    if not key:
        return []
    out = [heading(w("profiles", lang)), st.para(w("profiles_intro", lang), "muted"), st.gap(2)]
    sep = "、" if lang == "zh" else ", "
    for p in key:
        head = p["name"] + (f' · {p["title"]}' if p.get("title") else "")
        if p.get("department_name"):
            head += f' · {p["department_name"]}'
        pairs = [(w("attitude", lang), attitude(p, lang)),
                 (w("importance", lang), st.dots(p["importance"]) if "importance" in p else "—"),
                 (w("roles", lang), sep.join(roles.get(p["id"], [])) or "—"),
                 (f("closeness", lang), st.dots(p["closeness"]) if "closeness" in p else "—")]
        for field in ("business_metrics", "decision_criteria", "personal_wins"):
            if p.get(field):
                pairs.append((f(field, lang), p[field]))
        if p.get("executive_concern"):
            pairs.append((f("executive_concern", lang), v("executive_concern", p["executive_concern"], lang)))
        if p.get("personal_style"):
            pairs.append((w("personal_style", lang), p["personal_style"]))
        block = [st.para(head, "h3"), st.facts(pairs, cols=2)]
        if options.include_private and p.get("private_notes"):
            block.append(st.para(f'{w("private_notes", lang)}: {p["private_notes"]}', "small",
                                 colour="#9c1c1c"))
        out.append(KeepTogether(block + [st.gap(2)]))
    return out
