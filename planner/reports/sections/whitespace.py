"""The whitespace grid (:func:`planner.plan.whitespace.grid`): departments
against our offerings, each cell coloured by its state (the Plan tab's
colours) with a legend, then the notes written on cells."""

from __future__ import annotations

from reportlab.platypus import Table, TableStyle

from planner import vocab
from planner.plan.whitespace import summary
from planner.reports import style as st
from planner.reports.document import heading
from planner.reports.wording import v, w

#: as in ui/plan/whitespace_section.py; "unknown" a light grey so it reads on paper
COLOURS = {"installed": "#2e7d32", "competitor": "#c62828", "open_opportunity": "#f9a825",
           "no_need": "#cfd8dc", "unknown": "#f3f5f8"}
MARK = {"installed": "✓", "competitor": "✕", "open_opportunity": "◆", "no_need": "–", "unknown": "?"}
TEXT_ON = {"installed": "#ffffff", "competitor": "#ffffff", "open_opportunity": "#23272f",
           "no_need": "#5b6470", "unknown": "#9aa3ad"}
MAX_COLUMNS = 9  # more offerings: the grid is split into several tables


def legend(lang):
    cells = []
    for state in vocab.WHITESPACE_STATE.values:
        cells += [st.para(f'<font color="{TEXT_ON[state]}">{MARK[state]}</font>', "cell", markup=True),
                  st.para(v("whitespace_state", state, lang), "muted")]
    t = Table([cells], colWidths=[14, st.WIDTH / 5 - 14] * 5, hAlign="LEFT")
    cmds = [st.FONT_CMD, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i, state in enumerate(vocab.WHITESPACE_STATE.values):
        cmds += [("BACKGROUND", (2 * i, 0), (2 * i, 0), COLOURS[state]),
                 ("BOX", (2 * i, 0), (2 * i, 0), 0.4, "#c9d1db")]
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(g, offerings, lang):
    label_w = st.WIDTH * 0.22
    col_w = (st.WIDTH - label_w) / max(len(offerings), 1)
    col_w = min(col_w, st.WIDTH * 0.14)
    head = [st.para(w("department", lang), "head")] + [[st.para(part, "head") for part in o["name"].split(" · ")]
                                                   for o in offerings]
    rows, cmds = [head], []
    for r, dep in enumerate(g["departments"], start=1):
        name = ("\u3000" if st.has_cjk(dep["name"]) else "    ") * dep.get("depth", 0) + dep["name"]
        row = [st.para(name, "cell")]
        for c, off in enumerate(offerings, start=1):
            cell = g["cells"].get((dep["id"], off["id"]))
            state = cell["state"] if cell else "unknown"
            row.append(st.para(f'<font color="{TEXT_ON[state]}">{MARK[state]}</font>', "cell", markup=True))
            cmds.append(("BACKGROUND", (c, r), (c, r), COLOURS[state]))
        rows.append(row)
    t = Table(rows, colWidths=[label_w] + [col_w] * len(offerings), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([st.FONT_CMD, ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
                           ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                           ("GRID", (1, 1), (-1, -1), 1.2, "#ffffff"),
                           ("LINEBELOW", (0, 1), (0, -1), 0.4, st.RULE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                           *cmds]))
    return t


def notes(g, opportunities, lang):
    names = {o["id"]: o["name"] for o in opportunities}
    deps = {d["id"]: d["name"] for d in g["departments"]}
    offs = {o["id"]: o["name"] for o in g["offerings"]}
    rows = []
    for d in g["departments"]:
        for o in g["offerings"]:
            cell = g["cells"].get((d["id"], o["id"]))
            if not cell or not (cell.get("note") or cell.get("opportunity_id") in names):
                continue
            text = cell.get("note") or ""
            if cell.get("opportunity_id") in names:
                text = (text + " · " if text else "") + names[cell["opportunity_id"]]
            rows.append([deps[d["id"]], offs[o["id"]], v("whitespace_state", cell["state"], lang), text])
    if not rows:
        return []
    return [heading(w("whitespace_notes", lang), level=1),
            st.table([w("department", lang), w("offering", lang), w("status", lang), w("note", lang)],
                     rows, [0.2, 0.2, 0.16, 0.44])]


def build(data, lang, options):
    g = data.extra.get("whitespace")
    if not g or not g["offerings"]:
        return []
    out = [heading(w("whitespace", lang)), st.para(w("whitespace_intro", lang))]
    if not g["departments"]:
        return out + [st.para(w("no_whitespace", lang), "muted")]
    counts = summary(g)
    out += [st.para(w("whitespace_counts", lang, installed=counts["installed"], competitor=counts["competitor"],
                      open=counts["open_opportunity"], unknown=counts["unknown"]), "muted"), st.gap(2)]
    offs = g["offerings"]
    for i in range(0, len(offs), MAX_COLUMNS):
        out += [grid_table(g, offs[i:i + MAX_COLUMNS], lang), st.gap(2)]
    out += [legend(lang), st.gap(2), *notes(g, data.opportunities, lang)]
    return out
