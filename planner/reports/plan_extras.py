"""What the Plan tab (planner/plan) and the opportunity tools (planner/deals)
add to the account plan, read once through their own functions and put in
``PlanData.extra`` for the sections (which never read the database):

- ``whitespace``: :func:`planner.plan.whitespace.grid`;
- ``executives``: the ids of :func:`planner.plan.concerns.executives`, in
  its order (their fields come from ``data.people``, already private-safe);
- ``health``: :func:`planner.plan.health.compute` over the account's facts;
- ``nps``: :func:`planner.plan.nps.scores` (answers, oldest first);
- ``readiness``: opportunity id -> :func:`planner.deals.readiness.readiness`;
- ``tender``: opportunity id -> [(simulation, its results)], newest first.

Private data: without ``include_private`` the health indicator is computed
with the judgements a rep marked private on a person (importance,
closeness, attitude) left at their neutral value, so that no name appears
with a judgement the rep kept to themself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from planner.store.database import Database

#: a person's private judgements become these in the shared health facts
_NEUTRAL = {"importance": 3, "closeness": 1, "attitude": "unknown"}


def add_plan_extras(db: Database, data: Any) -> None:
    from planner.deals.readiness import readiness
    from planner.deals.tender.simulation import run
    from planner.plan import concerns, health, nps, whitespace
    from planner.services.records import Records

    records = Records(db)
    aid = data.account["id"]
    extra = data.extra
    extra["whitespace"] = whitespace.grid(db, aid)
    extra["executives"] = [p["id"] for p in concerns.executives(db, aid) if p["id"] in data.people]
    facts = health.gather(db, records, aid, data.today)
    if not data.include_private:
        facts = _shared_facts(facts, data)
    extra["health"] = health.compute(facts, data.today)
    extra["nps"] = [r for r in facts.nps_rows if r["stakeholder_id"] in data.people]
    extra["readiness"] = {oid: readiness(db, oid, data.today) for oid in data.selected}
    tender: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for oid in data.selected:
        sims = sorted(records.list("tender_simulation", opportunity_id=oid),
                      key=lambda s: (s.get("title") or "", s["id"]))
        if sims:
            tender[oid] = [(s, run(s)) for s in sims]
    extra["tender"] = tender


def _shared_facts(facts: Any, data: Any) -> Any:
    """The facts with each person's private judgements at their neutral value."""
    people, hidden_attitude = [], set()
    for p in facts.people:
        shown = data.people.get(p["id"])
        q = dict(p)
        for field, neutral in _NEUTRAL.items():
            if shown is None or field not in shown:
                q[field] = neutral
        if shown is None or "attitude" not in shown:
            hidden_attitude.add(p["name"])
        people.append(q)
    # a decision role without its own attitude falls back on the person's
    decision = [d | {"attitude": "unknown"} if d["name"] in hidden_attitude else d
                for d in facts.decision_people]
    return replace(facts, people=people, decision_people=decision)
