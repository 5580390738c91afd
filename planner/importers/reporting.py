"""Reporting lines from the file: a manager named by id (Salesforce
``ReportsToId`` -> ``Id``) or by name (上级 / Reports to), found in the file
or among the account's people. A line the person already has is kept, one to
somebody else is re-pointed, one that would make a circle is left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from planner.importers.matching import key
from planner.importers.plan import PersonRef, PlannedLine, PlanRow
from planner.importers.wording import Message
from planner.models import Relationship

if TYPE_CHECKING:
    from planner.importers.plan import Planner


def plan_lines(planner: "Planner", rows: list[PlanRow], raw: dict[int, dict[str, str]],
               by_external: dict[str, PlanRow]) -> list[PlannedLine]:
    by_name: dict[tuple[str, str], PlanRow] = {}
    for r in rows:
        if r.person is not None:
            by_name.setdefault((key(r.account), key(r.name)), r)
    existing_up = _existing_lines(planner, rows)   # person id -> (line id, manager id)
    up: dict[PersonRef, PersonRef] = {src: tgt for src, (_, tgt) in existing_up.items()}
    out: list[PlannedLine] = []
    for r in rows:
        v = raw[r.line]
        if r.person is None or r.action == "skip" or not (v.get("manager") or v.get("manager_id")):
            continue
        acc = key(r.account)
        target: PersonRef | None = None
        if v.get("manager_id"):
            m = by_external.get(v["manager_id"])
            if m is not None and m.person is not None:
                if key(m.account) != acc:
                    r.warnings.append(Message("manager_elsewhere", {"manager": m.name}))
                    continue
                target, r.manager = m.person, m.name
        if target is None and v.get("manager"):
            m = by_name.get((acc, key(v["manager"])))
            if m is not None:
                target = m.person
            else:
                ids = planner._people(acc).name.get(key(v["manager"]), [])
                target = ids[0] if len(ids) == 1 else None
        if target is None:
            r.warnings.append(Message("manager_missing", {"manager": r.manager}))
            continue
        if target == r.person:
            r.warnings.append(Message("manager_self"))
            continue
        current = up.get(r.person)
        if current == target:
            continue
        if _reaches(up, target, r.person):
            r.warnings.append(Message("manager_circle", {"manager": r.manager}))
            continue
        replaces = existing_up[r.person][0] if isinstance(r.person, str) and r.person in existing_up else None
        up[r.person] = target
        out.append(PlannedLine(r.line, r.person, target, r.account, replaces))
        r.warnings.append(Message("reports_to", {"manager": r.manager}))
        if r.action == "unchanged":
            r.action = "update"
    return out

def _existing_lines(planner: "Planner", rows: list[PlanRow]) -> dict[str, tuple[str, str]]:
    """Current reporting lines of the matched people: person -> (line id, manager)."""
    ids = sorted({r.person for r in rows if isinstance(r.person, str)})
    out: dict[str, tuple[str, str]] = {}
    with planner.db.read() as s:
        for i in range(0, len(ids), 500):
            for rel_id, src, tgt in s.execute(select(
                    Relationship.id, Relationship.source_id, Relationship.target_id).where(
                    Relationship.kind == "reports_to", Relationship.deleted.is_(False),
                    Relationship.source_id.in_(ids[i:i + 500])).order_by(Relationship.id)):
                out.setdefault(src, (rel_id, tgt))
        # the managers' own lines matter for circles too
        todo = {tgt for _, tgt in out.values()} - set(out)
        while todo:
            batch = sorted(todo)[:500]
            todo -= set(batch)
            for rel_id, src, tgt in s.execute(select(
                    Relationship.id, Relationship.source_id, Relationship.target_id).where(
                    Relationship.kind == "reports_to", Relationship.deleted.is_(False),
                    Relationship.source_id.in_(batch)).order_by(Relationship.id)):
                if src not in out:
                    out[src] = (rel_id, tgt)
                    if tgt not in out:
                        todo.add(tgt)
    return out


def _reaches(up: dict[PersonRef, PersonRef], start: PersonRef, goal: PersonRef) -> bool:
    seen = set()
    while start is not None and start not in seen:
        if start == goal:
            return True
        seen.add(start)
        start = up.get(start)
    return False
