"""Summary: the business with the account in figures, key risks from the
map analysis, the open pipeline and how past projects went."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import day, money, v, w

SEVERITY_COLOUR = {"high": "#b3261e", "medium": "#b86e00", "low": "#6b7380", "info": "#6b7380"}


def kpi_row(items: list[tuple[str, str]]) -> Table:
    cells = [[st.para(value, "kpi"), st.para(label, "kpi_label")] for label, value in items]
    t = Table([[c for c in cells]], colWidths=[st.WIDTH / len(items)] * len(items), hAlign="LEFT")
    t.setStyle(TableStyle([st.FONT_CMD, 
        ("BACKGROUND", (0, 0), (-1, -1), st.SOFT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (-2, -1), 2, "#ffffff"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def open_value(data, lang: str) -> str:
    by_currency: dict[str, float] = {}
    for o in data.opportunities:
        if o["status"] == "open" and o["value"]:
            by_currency[o["currency"]] = by_currency.get(o["currency"], 0) + o["value"]
    if not by_currency:
        return "—"
    return " + ".join(money(val, cur, lang) for cur, val in sorted(by_currency.items()))


def risks(data, lang, limit: int = 8) -> list:
    chosen = [f for f in data.findings if f["severity"] in ("high", "medium")][:limit]
    if len(chosen) < 3:
        chosen += [f for f in data.findings if f not in chosen][:3 - len(chosen)]
    if not chosen:
        return [st.para(w("no_risks", lang), "muted")]
    rows = [[w("severity_" + f["severity"], lang), f["text_zh" if lang == "zh" else "text_en"]]
            for f in chosen]
    tints = [(i, SEVERITY_COLOUR[f["severity"]]) for i, f in enumerate(chosen) if f["severity"] == "high"]
    return [st.table([w("severity", lang), w("risk", lang)], rows, [0.1, 0.9], highlight=tints)]


def build(data, lang, options):
    acc = data.account
    cur = acc.get("currency") or "CNY"
    open_opps = [o for o in data.opportunities if o["status"] == "open"]
    overdue = data.insights["overdue_contacts"]
    open_actions = [a for a in data.actions if not a["done"]]
    out = [heading(w("summary", lang))]
    if acc.get("summary"):
        out.append(st.para(acc["summary"]))
    out += [st.gap(2), kpi_row([
        (w("current_business", lang), money(acc.get("current_business"), cur, lang)),
        (w("revenue_potential", lang), money(acc.get("revenue_potential"), cur, lang)),
        (w("open_value", lang), open_value(data, lang)),
        (w("open_opps", lang), str(len(open_opps))),
    ]), st.gap(1.5), kpi_row([
        (w("people_known", lang), str(len(data.people))),
        (w("overdue_count", lang), str(len(overdue))),
        (w("open_actions", lang), str(len(open_actions))),
        (w("tier", lang), acc.get("tier") or "—"),
    ])]
    out += [heading(w("key_risks", lang), level=1), *risks(data, lang)]
    if open_opps:
        rows = [[o["name"], v("stage", o["stage"], lang), money(o["value"], o["currency"], lang),
                 day(o["expected_close"]), v("procurement_method", o["procurement_method"], lang),
                 o.get("competitors") or "—"] for o in open_opps]
        out += [heading(w("pipeline", lang), level=1),
                st.table([w("opportunity", lang), w("stage", lang), w("opp_value", lang),
                          w("expected_close", lang), w("procurement", lang), w("competitors", lang)],
                         rows, [0.29, 0.1, 0.13, 0.12, 0.17, 0.19], align_right=[2])]
    past = [o for o in data.opportunities if o["status"] != "open"]
    if past:
        rows = [[o["name"], v("opportunity_status", o["status"], lang),
                 money(o["value"], o["currency"], lang), day(o["expected_close"]),
                 o.get("outcome_reason") or "—"] for o in past]
        out += [heading(w("history", lang), level=1),
                st.table([w("opportunity", lang), w("status", lang), w("opp_value", lang),
                          w("date", lang), w("outcome_reason", lang)],
                         rows, [0.27, 0.08, 0.13, 0.12, 0.4], align_right=[2])]
    return out
