"""What the map shows, as plain data: the input of the renderer (and of the
map editor's items). No Qt here.

``scene_data`` returns::

    {"title", "subtitle", "lang", "today",
     "people": [{"id", "name", "title", "status", "importance", "attitude",
                 "attitude_unconfirmed", "department_id", "x", "y",
                 "roles": [role, ...], "overdue": bool, "days_since": int | None,
                 "placed": bool}],
     "departments": [{"id", "name", "parent_id", "hidden", "x", "y", "w", "h", "placed"}],
     "lines": [{"id", "source", "target", "kind", "strength", "directed",
                "confidence"}]}

An optional ``"colour_mode"`` ("recency" or "importance"; the cards then
carry a ``"colour"``) makes the renderer's legend explain those colours.

Positions are the stored ones (``placed``), with the org-chart layout for people without
one (:func:`planner.graph.layout.resolve_positions`). With an opportunity,
cards carry its buying roles and the attitude toward that deal.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from planner import vocab
from planner.graph.build import load_account, load_contacts, load_opportunities, org_tree
from planner.contacts.cadence import contact_states
from planner.graph.insights import deal_attitudes, overdue_contacts
from planner.graph.layout import resolve_positions
from planner.store.database import Database

_CJK = re.compile(r"[\u3400-\u9fff]")


def guess_lang(text: str) -> str:
    """"zh" when the text has Chinese characters, else "en"."""
    return "zh" if _CJK.search(text or "") else "en"


def scene_data(db: Database, account_id: str, opportunity_id: str | None = None,
               today: date | None = None, include_left: bool = False,
               lang: str | None = None) -> dict[str, Any]:
    today = today or date.today()
    data = load_account(db, account_id, include_left)
    names = {pid: p["name"] for pid, p in data.people.items()}
    tree = org_tree(data.people, data.lines, names)
    layout = resolve_positions(data.people, data.departments, tree)
    lang = lang or guess_lang(data.account["name"])
    roles: dict[str, list[str]] = {}
    attitude = {pid: (p["attitude"], p["attitude_confidence"]) for pid, p in data.people.items()}
    subtitle = "客户关系图谱" if lang == "zh" else "Stakeholder map"
    if opportunity_id is not None:
        (opp,) = load_opportunities(db, account_id, opportunity_id)
        order = vocab.BUYING_ROLE.values
        for r in sorted(opp["roles"], key=lambda r: order.index(r["role"]) if r["role"] in order else 99):
            roles.setdefault(r["stakeholder_id"], []).append(r["role"])
        attitude = deal_attitudes(opp["roles"], data.people)
        subtitle += f" · {'决策链' if lang == 'zh' else 'decision chain'}: {opp['name']}"
    active = {pid: p for pid, p in data.people.items() if p["status"] != "left"}
    last, _, _plans = load_contacts(db, active, today)
    overdue = {o["id"] for o in overdue_contacts(contact_states(db, account_id=account_id).values(), today)}
    people = []
    for pid in sorted(data.people, key=lambda i: (layout.positions[i][1], layout.positions[i][0], i)):
        p = data.people[pid]
        x, y = layout.positions[pid]
        att, conf = attitude[pid]
        people.append({
            "id": pid, "name": p["name"], "title": p["title"], "status": p["status"],
            "importance": p["importance"], "attitude": att,
            "attitude_unconfirmed": conf == "unconfirmed", "department_id": p["department_id"],
            "x": x, "y": y, "roles": roles.get(pid, []), "overdue": pid in overdue,
            "days_since": (today - last[pid]).days if pid in last else None,
            "placed": p["map_x"] is not None and p["map_y"] is not None})
    departments = []
    for did, d in sorted(data.departments.items(), key=lambda kv: (kv[1]["name"], kv[0])):
        if did not in layout.departments:
            continue
        x, y, w, h = layout.departments[did]
        departments.append({"id": did, "name": d["name"], "parent_id": d["parent_id"],
                            "hidden": bool(d["hidden"]), "x": x, "y": y, "w": w, "h": h,
                            "placed": None not in (d["map_x"], d["map_y"], d["map_w"], d["map_h"])})
    lines = [{"id": ln["id"], "source": ln["source_id"], "target": ln["target_id"],
              "kind": ln["kind"], "strength": ln["strength"], "directed": ln["directed"],
              "confidence": ln["confidence"]} for ln in data.lines]
    return {"title": data.account["name"], "subtitle": subtitle, "lang": lang,
            "today": today.isoformat(), "people": people, "departments": departments,
            "lines": lines}
