"""Executive concerns at a glance (:func:`planner.plan.concerns.executives`):
each executive, the concern that drives them, how sure we are, and our
message. Fields come from ``data.people`` (private marks already applied)."""

from __future__ import annotations

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import v, w

NEW_PAGE = False


def build(data, lang, options):
    ids = data.extra.get("executives") or []
    if not ids:
        return []
    rows = []
    for pid in ids:
        p = data.people[pid]
        concern = p.get("executive_concern")
        text = v("executive_concern", concern, lang) if concern else "—"
        if concern and p.get("executive_concern_confidence") == "unconfirmed":
            text += w("unconfirmed_mark", lang)
        message = (p.get("concern_message") or "").strip()
        if not message and concern and "concern_message" in p:
            message = st.para(w("no_message", lang), "cell", colour="#b86e00")
        rows.append([[st.para(p["name"], "cell"), st.para(p.get("title") or "", "muted")], text,
                     message or "—"])
    return [st.gap(4), heading(w("concerns", lang)),
            st.table([w("person", lang), w("concern", lang), w("message", lang)], rows, [0.24, 0.2, 0.56]),
            st.gap(1), st.para(w("unconfirmed_note", lang), "muted")]
