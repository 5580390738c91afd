"""The account's notes (private ones only when asked for, and marked)."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import paren, w


def build(data, lang, options):
    notes = [n for n in data.notes if n.get("body") or n.get("title")]
    if not notes:
        return []
    out = [heading(w("notes", lang))]
    for n in notes:
        title = n.get("title") or "—"
        if n.get("private"):
            title += paren(w("private_tag", lang), lang)
        out.append(KeepTogether([st.para(title, "h3", colour="#9c1c1c" if n.get("private") else None),
                                 st.para(n.get("body") or "")]))
    return out
