"""What to do in the meeting: value propositions to deliver to these
people, questions to ask (the rep's own, then what the data says is
unknown), and open actions that concern them."""

from __future__ import annotations

import re

from planner import vocab
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import day, v, w

NEW_PAGE = False
UNKNOWN = {"unknown", "at_risk"}
NUMBERED = re.compile(r"^\s*(\d+[.、)）]|[-•*])\s*")


def build(data, lang, options):
    visit = data.extra["visit"]
    ids = {a.get("stakeholder_id") for a in visit["attendees"]} - {None}
    oid = visit.get("opportunity_id")
    sep = "、" if lang == "zh" else ", "
    out = []
    props = [p for p in data.propositions if (oid and p["opportunity_id"] == oid) or ids & set(p["targets"])]
    if props:
        rows = []
        for p in props:
            aimed = sep.join(data.person_name(t) for t in p["targets"] if t in ids) or "—"
            last = p["deliveries"][-1]["delivered_on"] if p["deliveries"] else None
            rows.append([[st.para(p["title"], "cell"), st.para(p.get("text") or "", "muted")], aimed,
                         day(last) if last else w("not_delivered", lang)])
        out += [heading(w("deliver", lang), level=1),
                st.table([w("propositions", lang), w("aimed_at", lang), w("deliveries", lang)],
                         rows, [0.6, 0.22, 0.18])]
    questions = [NUMBERED.sub("", q.strip()) for q in (visit.get("questions") or "").splitlines() if q.strip()]
    chain = data.chains.get(oid) if oid else None
    if chain:
        questions += [w("ask_uncovered", lang, role=v("buying_role", r, lang)) for r in chain["uncovered"]
                      if r in vocab.BUYING_ROLE.values]
        for p in (data.people[i] for i in ids if i in data.people):
            if p.get("attitude", "unknown") == "unknown" or p.get("attitude_confidence") == "unconfirmed":
                questions.append(w("ask_unknown_attitude", lang, name=p["name"]))
        for c in data.checklists.get(oid, []):
            for it in c["items"]:
                if it["status"] in UNKNOWN:
                    questions.append(w("ask_checklist", lang, item=it["label"]))
    if questions:
        out += [heading(w("questions", lang), level=1),
                st.para("\n".join(f"{i}. {q}" for i, q in enumerate(questions[:12], 1)))]
    actions = [a for a in data.actions if not a["done"]
               and (a.get("stakeholder_id") in ids or (oid and a.get("opportunity_id") == oid))]
    actions.sort(key=lambda a: (a["due_date"] is None, a["due_date"] or data.today))
    if actions:
        rows = [[a["title"], a.get("owner") or "—", day(a["due_date"]), data.person_name(a.get("stakeholder_id"))]
                for a in actions[:10]]
        out += [heading(w("open_actions_brief", lang), level=1),
                st.table([w("action", lang), w("owner", lang), w("due", lang), w("person", lang)],
                         rows, [0.52, 0.14, 0.14, 0.2])]
    return out
