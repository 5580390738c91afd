"""The decision chain of one opportunity (项目决策链) and the three-dimensional
view (三维决策分析): for each buying role, who holds it, what they are
measured on, how they decide, what they want for themselves, their attitude
to this deal, our owner of the relationship and the last contact.

Warnings, in plain English and Chinese (``{"kind", "severity", "people",
"text_en", "text_zh"}``):

- ``no_decider``: nobody (still at the account) holds the decider role;
- ``against``: a decider or approver is sceptic or opponent about the deal;
- ``never_met``: a role is held by someone we never met (no done visit they
  attended, no logged contact);
- ``no_gatekeeper``: the gatekeeper is unknown;
- ``left``: a role is held by someone who has left.

A person is on the deal's *virtual team* when they hold a role but are
outside the org chart (no reporting line to or from them).

Threading: reads the database; safe on any thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select

from planner import vocab
from planner.graph.build import load_contacts
from planner.models import DecisionRole, Department, Opportunity, Relationship, Stakeholder
from planner.services.records import as_dict
from planner.store.database import Database
from planner.text.sortkey import name_sort_key

ROLES = vocab.BUYING_ROLE.values
DECISION_MAKERS = ("decider", "approver")
AGAINST = ("sceptic", "opponent")


def _warning(kind: str, severity: str, people: list[str], en: str, zh: str) -> dict[str, Any]:
    return {"kind": kind, "severity": severity, "people": people, "text_en": en, "text_zh": zh}


def load(db: Database, opportunity_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, dict[str, Any]], set[str]]:
    """(opportunity, its live roles, the people holding them, the people on
    the account's org chart)."""
    with db.read() as s:
        opp = as_dict(s.get(Opportunity, opportunity_id))
        roles = [as_dict(r) for r in s.scalars(select(DecisionRole).where(
            DecisionRole.opportunity_id == opportunity_id, DecisionRole.deleted.is_(False)))]
        ids = {r["stakeholder_id"] for r in roles}
        people = {}
        for p, dep in s.execute(select(Stakeholder, Department.name)
                                .outerjoin(Department, Department.id == Stakeholder.department_id)
                                .where(Stakeholder.id.in_(ids), Stakeholder.deleted.is_(False))):
            people[p.id] = as_dict(p) | {"department_name": dep or ""}
        charted = set()
        for a, b in s.execute(select(Relationship.source_id, Relationship.target_id).where(
                Relationship.kind == "reports_to", Relationship.deleted.is_(False),
                or_(Relationship.source_id.in_(ids), Relationship.target_id.in_(ids)))):
            charted |= {a, b}
    roles = [r for r in roles if r["stakeholder_id"] in people]
    return opp, roles, people, charted


def chain(db: Database, opportunity_id: str, today: date | None = None) -> dict[str, Any]:
    """``{"rows", "warnings", "covered", "people"}``. Rows, in role order,
    one per (role, holder), and one with ``stakeholder_id`` None for each
    role nobody holds."""
    today = today or date.today()
    opp, roles, people, charted = load(db, opportunity_id)
    last, _next, _cadence = load_contacts(db, people, today)
    rows = []
    order = {r: i for i, r in enumerate(ROLES)}
    for role in ROLES:
        holders = sorted((r for r in roles if r["role"] == role),
                         key=lambda r: name_sort_key(people[r["stakeholder_id"]]["name"]))
        if not holders:
            rows.append({"role": role, "role_id": None, "stakeholder_id": None})
        for r in holders:
            p = people[r["stakeholder_id"]]
            rows.append({
                "role": role, "role_id": r["id"], "stakeholder_id": p["id"], "name": p["name"],
                "title": p["title"], "department": p["department_name"],
                "business_metrics": p["business_metrics"], "decision_criteria": p["decision_criteria"],
                "personal_style": p["personal_style"], "personal_wins": p["personal_wins"],
                "attitude": r["attitude"], "confidence": r["confidence"], "note": r["note"],
                "owner": p["owner"], "last_contact": last.get(p["id"]), "left": p["status"] == "left",
                "virtual": p["id"] not in charted})
    rows.sort(key=lambda row: order[row["role"]])
    return {"rows": rows, "warnings": warnings(opp, roles, people, last),
            "covered": sorted({r["role"] for r in roles if people[r["stakeholder_id"]]["status"] != "left"},
                              key=order.get),
            "people": sorted(people)}


def warnings(opp: dict[str, Any], roles: list[dict[str, Any]], people: dict[str, dict[str, Any]],
             last: dict[str, date]) -> list[dict[str, Any]]:
    out = []
    active = [r for r in roles if people[r["stakeholder_id"]]["status"] != "left"]
    held = {r["role"] for r in active}

    def name(r):
        return people[r["stakeholder_id"]]["name"]

    if "decider" not in held:
        out.append(_warning("no_decider", "high", [],
                            "No decider identified: find out who makes the decision; "
                            "nothing is safe until you know.",
                            "尚未确定决策者：尽快弄清谁拍板，不清楚决策者，一切都不稳。"))
    for r in active:
        if r["role"] in DECISION_MAKERS and r["attitude"] in AGAINST:
            role_en, role_zh = vocab.BUYING_ROLE.label(r["role"]).lower(), vocab.BUYING_ROLE.label(r["role"], "zh")
            att_en, att_zh = vocab.ATTITUDE.label(r["attitude"]).lower(), vocab.ATTITUDE.label(r["attitude"], "zh")
            unsure_en = " (not confirmed)" if r["confidence"] == "unconfirmed" else ""
            unsure_zh = "（未确认）" if r["confidence"] == "unconfirmed" else ""
            out.append(_warning(
                "against", "high", [r["stakeholder_id"]],
                f"The {role_en} {name(r)} is {att_en} about this deal{unsure_en}: "
                f"find out why and who can change their mind.",
                f"{role_zh}{name(r)}对本项目的态度为{att_zh}{unsure_zh}：弄清原因，找到能影响其看法的人。"))
    seen = set()
    for r in active:
        pid = r["stakeholder_id"]
        if pid in last or pid in seen:
            continue
        seen.add(pid)
        their = [x["role"] for x in active if x["stakeholder_id"] == pid]
        severity = "high" if set(their) & set(DECISION_MAKERS) else "medium"
        en_roles = ", ".join(vocab.BUYING_ROLE.label(x).lower() for x in their)
        zh_roles = "、".join(vocab.BUYING_ROLE.label(x, "zh") for x in their)
        out.append(_warning(
            "never_met", severity, [pid],
            f"{name(r)} ({en_roles}) has never been met: no visit or contact is recorded. Plan a meeting.",
            f"{name(r)}（{zh_roles}）从未接触过：没有拜访或联系记录。尽快安排见面。"))
    if "gatekeeper" not in held:
        out.append(_warning("no_gatekeeper", "medium", [],
                            "Gatekeeper unknown: find out who controls access and the documents "
                            "(tender files, qualification checks).",
                            "把关者未知：找出谁掌握招标文件、资格审查和接触渠道。"))
    for r in roles:
        if people[r["stakeholder_id"]]["status"] == "left":
            out.append(_warning(
                "left", "medium", [r["stakeholder_id"]],
                f"{name(r)}, {vocab.BUYING_ROLE.label(r['role']).lower()}, has left: find out who took over.",
                f"{vocab.BUYING_ROLE.label(r['role'], 'zh')}{name(r)}已离开：弄清由谁接替。"))
    rank = {"high": 0, "medium": 1, "low": 2}
    return sorted(out, key=lambda w: rank[w["severity"]])


def people_for_roles(db: Database, account_id: str) -> list[dict[str, Any]]:
    """Everyone at the account who can be given a role (live, not left),
    with whether they are on the org chart."""
    from planner.services import queries

    people = [p for p in queries.stakeholders(db, account_id) if p["status"] != "left"]
    return sorted(people, key=lambda p: name_sort_key(p["name_romanised"] or p["name"]))
