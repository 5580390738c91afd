"""One chapter per selected opportunity: key facts, the decision chain
with coverage, what the map implies, value propositions and their
deliveries, the six control points and the tender-rule checklist."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, PageBreak

from planner import vocab
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.sections._people import attitude
from planner.reports.wording import day, money, paren, v, w

KNOWN = {"known", "confirmed", "under_control", "not_applicable"}
STATUS_COLOUR = {"at_risk": "#b3261e", "unknown": "#b86e00", "confirmed": "#2e7d32",
                 "under_control": "#2e7d32"}
SEV_COLOUR = {"high": "#b3261e", "medium": "#b86e00"}


def facts(o, lang):
    return st.facts([
        (w("stage", lang), v("stage", o["stage"], lang)),
        (w("opp_value", lang), money(o["value"], o["currency"], lang)),
        (w("status", lang), v("opportunity_status", o["status"], lang)),
        (w("expected_close", lang), day(o["expected_close"])),
        (w("purchase_type", lang), v("purchase_type", o["purchase_type"], lang)),
        (w("procurement", lang), v("procurement_method", o["procurement_method"], lang)),
        (w("competitors", lang), o.get("competitors") or "—"),
        (w("owner", lang), o.get("owner") or "—"),
    ])


def decision_chain(data, o, lang):
    chain = data.chains.get(o["id"])
    if chain is None:
        return []
    rows, tints = [], []
    for r in chain["roles"]:
        label = v("buying_role", r["role"], lang)
        if not r["holders"]:
            tints.append((len(rows), "#b3261e"))
            rows.append([label, w("uncovered", lang), "", "", "", ""])
            continue
        for h in r["holders"]:
            p = data.people.get(h["id"], {})
            rows.append([label, p.get("name", "?"), p.get("title", ""),
                         attitude(p, lang, h["attitude"], h["confidence"]),
                         day(h["last_contact"]) if h["last_contact"] else w("never", lang),
                         data.role_notes.get((o["id"], h["id"], r["role"]), "")])
    covered = len(vocab.BUYING_ROLE.values) - len(chain["uncovered"])
    return [heading(w("decision_chain", lang), level=1),
            st.para(w("coverage", lang, covered=covered, total=len(vocab.BUYING_ROLE.values),
                      ours=len(chain["our_side"]))),
            st.table([w("role", lang), w("person", lang), w("title", lang), w("deal_attitude", lang),
                      w("last_contact", lang), w("note", lang)],
                     rows, [0.11, 0.13, 0.2, 0.14, 0.12, 0.3], highlight=tints)]


def findings(data, o, lang):
    mine = [f for f in data.findings if f.get("opportunity_id") == o["id"]]
    if not mine:
        return []
    rows = [[w("severity_" + f["severity"], lang), f["text_zh" if lang == "zh" else "text_en"]] for f in mine]
    tints = [(i, SEV_COLOUR[f["severity"]]) for i, f in enumerate(mine) if f["severity"] in SEV_COLOUR]
    return [heading(w("opp_findings", lang), level=1),
            st.table([w("severity", lang), w("risk", lang)], rows, [0.1, 0.9], highlight=tints)]


def propositions(data, o, lang):
    props = [p for p in data.propositions if p["opportunity_id"] == o["id"]]
    if not props:
        return []
    out = [heading(w("propositions", lang), level=1)]
    sep = "、" if lang == "zh" else ", "
    for p in props:
        title = p["title"] + (paren(w("worked", lang), lang) if p.get("worked") else "")
        block = [st.para(title, "h3")]
        if p.get("text"):
            block.append(st.para(p["text"]))
        targets = sep.join(data.person_name(t) for t in p["targets"] if data.person_name(t))
        block.append(st.para(f'{w("aimed_at", lang)}: {targets or "—"}', "small"))
        if p["deliveries"]:
            rows = [[day(d["delivered_on"]), data.person_name(d["stakeholder_id"]) or "—",
                     v("channel", d["channel"], lang), v("reaction", d["reaction"], lang),
                     d.get("note") or ""] for d in p["deliveries"]]
            block += [st.gap(1), st.table([w("date", lang), w("person", lang), f_label("channel", lang),
                                           f_label("reaction", lang), w("note", lang)],
                                          rows, [0.12, 0.14, 0.12, 0.1, 0.52])]
        else:
            block.append(st.para(w("not_delivered", lang), "muted"))
        out.append(KeepTogether(block + [st.gap(2)]))
    return out


def f_label(name, lang):
    return {"channel": ("Channel", "渠道"), "reaction": ("Reaction", "反应")}[name][lang == "zh"]


def checklists(data, o, lang):
    """Headings and tables of the opportunity's checklists, and one line
    naming the kinds it has none of (empty list when it has both)."""
    out, missing = [], []
    lists = data.checklists.get(o["id"], [])
    for kind in ("control_points", "tender_rules"):
        mine = [c for c in lists if c["kind"] == kind]
        if not mine:  # one line for the missing ones (below), not a heading each
            missing.append(w(kind, lang))
            continue
        out.append(heading(w(kind, lang), level=1))
        for c in mine:
            items = c["items"]
            known = sum(1 for i in items if i["status"] in KNOWN)
            risk = sum(1 for i in items if i["status"] == "at_risk")
            if len(mine) > 1 or (c["title"] and c["title"] != w(kind, lang)):
                out.append(st.para(c["title"], "h3"))
            out.append(st.para(w("checklist_progress", lang, known=known, total=len(items), risk=risk),
                               "small"))
            rows, tints = [], []
            for i, it in enumerate(items):
                label = it["label"] if not it["section"] or it["section"] == it["label"] \
                    else f'{it["section"]} · {it["label"]}'
                rows.append([label, v("checklist_status", it["status"], lang), it.get("value") or "",
                             it.get("evidence") or "", it.get("owner") or "", day(it["due_date"])])
                if it["status"] in STATUS_COLOUR and it["status"] in ("at_risk", "unknown"):
                    tints.append((i, STATUS_COLOUR[it["status"]]))
            out += [st.gap(1), st.table([w("item", lang), w("status", lang), w("value", lang),
                                         w("evidence", lang), w("owner", lang), w("due", lang)],
                                        rows, [0.22, 0.1, 0.22, 0.26, 0.09, 0.11], highlight=tints)]
    tail = [st.gap(1), st.para(w("no_checklists", lang, kinds=("、" if lang == "zh" else ", ").join(missing)),
                               "muted")] if missing else []
    return out, tail


def keep_last_line_with(previous: list, tail: list) -> list:
    """``previous`` + ``tail`` with the last flowable of ``previous`` and
    ``tail`` kept together, so a closing line never lands alone on a page."""
    if not previous or not tail:
        return previous + tail
    last = previous[-1]
    content = list(last._content) if isinstance(last, KeepTogether) else [last]
    return previous[:-1] + [KeepTogether(content + tail)]


def build(data, lang, options):
    out = []
    by_id = {o["id"]: o for o in data.opportunities}
    for n, oid in enumerate(data.selected):
        o = by_id[oid]
        if n:
            out.append(PageBreak())
        out += [heading(w("opp_heading", lang, name=o["name"])), facts(o, lang)]
        if o.get("description"):
            out += [st.gap(2), st.para(o["description"])]
        out += decision_chain(data, o, lang)
        out += findings(data, o, lang)
        out += propositions(data, o, lang)
        lists, missing = checklists(data, o, lang)
        out = keep_last_line_with(out + lists, missing)  # "no checklist yet" never alone on a page
    return out
