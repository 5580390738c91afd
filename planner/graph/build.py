"""Reading an account's map from the database and building its graphs.

Everything read here is a live row (``deleted == False``); people who left
(``status == "left"``) are left out unless ``include_left`` is asked for, and
so are the lines that touch them. Results are plain dicts keyed by id.

Two graphs, both ``networkx.DiGraph`` with stakeholder ids as nodes:

**The influence graph** (``u -> v``: *u influences v*, "v listens to u").
Each edge has ``strength`` (1-5), ``weight`` (= strength, for PageRank),
``cost`` (for shortest paths: ``1 + (5 - strength) / 8``, so fewer hops win
and strength breaks ties), ``kind`` and ``confidence`` of the line it comes
from. Edges come from:

- ``influences`` lines, with their own strength;
- ``reports_to`` lines, read as *the boss influences the report* with
  strength :data:`REPORTS_STRENGTH` (2: a boss is listened to, but less than
  the explicit lines the rep draws). A report does *not* influence the boss
  unless the rep draws that line: formal rank flows down, advocacy up must be
  drawn;
- ``informal`` lines (私交), read as a weak two-way channel of strength
  :data:`INFORMAL_STRENGTH` (1);
- ``conflict`` lines are no channel and add nothing.

When several lines join the same ordered pair, the strongest wins.

**The org tree** (``boss -> report``) from ``reports_to`` lines only. A
person with several bosses keeps one (the most certain line, then the first
by name); a line that would close a cycle is dropped.

Threading: the ``load_*`` functions read the database (any thread, one read
session each); the graph builders are pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Iterable

import networkx as nx
from sqlalchemy import func, select

from planner.models import (
    Account, ContactLog, ContactPlan, DecisionRole, Department, Opportunity,
    Relationship, Stakeholder, Visit, VisitAttendee,
)
from planner.services.errors import NotFound
from planner.store.database import Database

REPORTS_STRENGTH = 2
INFORMAL_STRENGTH = 1
CONFIDENCE_ORDER = {"confirmed": 0, "likely": 1, "unconfirmed": 2}

PERSON_FIELDS = (
    "id", "name", "name_romanised", "title", "department_id", "status", "is_executive",
    "importance", "importance_confidence", "closeness", "attitude", "attitude_confidence",
    "map_x", "map_y",
)
DEPARTMENT_FIELDS = ("id", "name", "parent_id", "map_x", "map_y", "map_w", "map_h", "hidden")
LINE_FIELDS = ("id", "source_id", "target_id", "kind", "directed", "strength", "confidence")


@dataclass
class AccountData:
    """One account's people, departments and lines, as plain dicts."""

    account: dict[str, Any]
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    departments: dict[str, dict[str, Any]] = field(default_factory=dict)
    lines: list[dict[str, Any]] = field(default_factory=list)


def _rows(session, fields: tuple[str, ...], model, *where) -> list[dict[str, Any]]:
    cols = [getattr(model, f) for f in fields]
    q = select(*cols).where(model.deleted.is_(False), *where)
    return [dict(zip(fields, r)) for r in session.execute(q)]


def load_account(db: Database, account_id: str, include_left: bool = False) -> AccountData:
    """The live people, departments and lines of an account."""
    with db.read() as s:
        acc = s.get(Account, account_id)
        if acc is None or acc.deleted:
            raise NotFound(f"no account with id {account_id}")
        data = AccountData({"id": acc.id, "name": acc.name, "tier": acc.tier})
        people = _rows(s, PERSON_FIELDS, Stakeholder, Stakeholder.account_id == account_id)
        data.people = {p["id"]: p for p in people if include_left or p["status"] != "left"}
        deps = _rows(s, DEPARTMENT_FIELDS, Department, Department.account_id == account_id)
        data.departments = {d["id"]: d for d in deps}
        lines = _rows(s, LINE_FIELDS, Relationship, Relationship.account_id == account_id)
    data.lines = sorted((ln for ln in lines if ln["source_id"] in data.people
                         and ln["target_id"] in data.people
                         and ln["source_id"] != ln["target_id"]), key=lambda ln: ln["id"])
    return data


def _cost(strength: int) -> float:
    return 1 + (5 - strength) / 8


def influence_graph(people: Iterable[str], lines: Iterable[dict[str, Any]]) -> nx.DiGraph:
    """The influence graph (see the module docstring) over ``people`` (ids)."""
    g = nx.DiGraph()
    g.add_nodes_from(people)

    def add(u: str, v: str, strength: int, kind: str, confidence: str) -> None:
        if u not in g or v not in g or u == v:
            return
        old = g.get_edge_data(u, v)
        if old is not None and old["strength"] >= strength:
            return
        g.add_edge(u, v, strength=strength, weight=float(strength), cost=_cost(strength),
                   kind=kind, confidence=confidence)

    for ln in lines:
        kind, a, b, conf = ln["kind"], ln["source_id"], ln["target_id"], ln["confidence"]
        if kind == "influences":
            add(a, b, int(ln["strength"] or 1), kind, conf)
            if not ln.get("directed", True):
                add(b, a, int(ln["strength"] or 1), kind, conf)
        elif kind == "reports_to":
            add(b, a, REPORTS_STRENGTH, kind, conf)
        elif kind == "informal":
            add(a, b, INFORMAL_STRENGTH, kind, conf)
            add(b, a, INFORMAL_STRENGTH, kind, conf)
    return g


def org_tree(people: Iterable[str], lines: Iterable[dict[str, Any]],
             names: dict[str, str] | None = None) -> nx.DiGraph:
    """The reporting forest, ``boss -> report``; each person has at most one
    boss and there is no cycle (see the module docstring)."""
    t = nx.DiGraph()
    t.add_nodes_from(people)
    names = names or {}
    candidates = sorted(
        (ln for ln in lines if ln["kind"] == "reports_to"
         and ln["source_id"] in t and ln["target_id"] in t),
        key=lambda ln: (CONFIDENCE_ORDER.get(ln["confidence"], 3),
                        names.get(ln["target_id"], ""), ln["target_id"]))
    for ln in candidates:
        report, boss = ln["source_id"], ln["target_id"]
        if t.in_degree(report) or report == boss:
            continue
        if nx.has_path(t, report, boss):  # the report is above the boss already
            continue
        t.add_edge(boss, report)
    return t


def depths(tree: nx.DiGraph) -> dict[str, int]:
    """Each person's depth in the org tree (0 = nobody above)."""
    out: dict[str, int] = {}
    for root in (n for n in tree if tree.in_degree(n) == 0):
        out[root] = 0
        for boss, report in nx.bfs_edges(tree, root):
            out[report] = out[boss] + 1
    return out


def build_graphs(db: Database, account_id: str, include_left: bool = False
                 ) -> tuple[AccountData, nx.DiGraph, nx.DiGraph]:
    """The account's data, its influence graph and its org tree."""
    data = load_account(db, account_id, include_left)
    names = {pid: p["name"] for pid, p in data.people.items()}
    return (data, influence_graph(data.people, data.lines),
            org_tree(data.people, data.lines, names))


# -- contact history ---------------------------------------------------------
def load_contacts(db: Database, ids: Iterable[str], today: date
                  ) -> tuple[dict[str, date], dict[str, date], dict[str, int]]:
    """For these people: the last contact on or before ``today`` (a done
    visit they attended or a logged contact), the next planned visit from
    ``today`` on, and the cadence of their contact plan (when they have one)."""
    ids = list(ids)
    last: dict[str, date] = {}
    nxt: dict[str, date] = {}
    cadence: dict[str, int] = {}
    end_of_today = datetime.combine(today, time.max)
    with db.read() as s:
        base = (select(VisitAttendee.stakeholder_id, Visit.starts_at, Visit.status)
                .join(Visit, Visit.id == VisitAttendee.visit_id)
                .where(VisitAttendee.deleted.is_(False), Visit.deleted.is_(False),
                       VisitAttendee.stakeholder_id.in_(ids)))
        for pid, starts, status in s.execute(base):
            day = starts.date()
            if status == "done" and starts <= end_of_today:
                if pid not in last or day > last[pid]:
                    last[pid] = day
            elif status == "planned" and day >= today:
                if pid not in nxt or day < nxt[pid]:
                    nxt[pid] = day
        logs = (select(ContactLog.stakeholder_id, func.max(ContactLog.contacted_on))
                .where(ContactLog.deleted.is_(False), ContactLog.stakeholder_id.in_(ids),
                       ContactLog.contacted_on <= today)
                .group_by(ContactLog.stakeholder_id))
        for pid, day in s.execute(logs):
            if day is not None and (pid not in last or day > last[pid]):
                last[pid] = day
        plans = (select(ContactPlan.stakeholder_id, ContactPlan.cadence_days)
                 .where(ContactPlan.deleted.is_(False), ContactPlan.stakeholder_id.in_(ids))
                 .order_by(ContactPlan.id))
        for pid, days in s.execute(plans):
            cadence.setdefault(pid, int(days))
    return last, nxt, cadence


# -- opportunities -------------------------------------------------------------
OPPORTUNITY_FIELDS = ("id", "name", "stage", "status", "purchase_type", "value", "currency")
ROLE_FIELDS = ("id", "opportunity_id", "stakeholder_id", "role", "attitude", "confidence", "note")


def find_opportunity(db: Database, account_id: str, key: str) -> str:
    """The id of the account's live opportunity with this id, unique id
    prefix (4+ characters), name (case-insensitive) or a part of the name
    that only one of them has ("变电" for 500kV变电站智能巡检)."""
    key = key.strip()
    with db.read() as s:
        live = select(Opportunity.id, Opportunity.name).where(
            Opportunity.deleted.is_(False), Opportunity.account_id == account_id)
        rows = s.execute(live).all()
    for matches in ([r for r in rows if r.id == key],
                    [r for r in rows if len(key) >= 4 and r.id.startswith(key)],
                    [r for r in rows if r.name.lower() == key.lower()],
                    [r for r in rows if key and key.lower() in r.name.lower()]):
        if len(matches) == 1:
            return matches[0].id
        if len(matches) > 1:
            names = "、".join(sorted(r.name for r in matches)[:5])
            raise NotFound(f"several opportunities match {key!r} ({names}); give more of the name")
    raise NotFound(f"no opportunity {key!r} at this account (see 'planner list opportunity')")


def load_opportunities(db: Database, account_id: str, opportunity_id: str | None = None
                       ) -> list[dict[str, Any]]:
    """The open opportunities of the account (or just the one asked for,
    whatever its status), each with ``roles``: its live decision roles."""
    with db.read() as s:
        where = [Opportunity.account_id == account_id]
        if opportunity_id is None:
            where.append(Opportunity.status == "open")
        else:
            where.append(Opportunity.id == opportunity_id)
        opps = _rows(s, OPPORTUNITY_FIELDS, Opportunity, *where)
        if opportunity_id is not None and not opps:
            raise NotFound(f"no opportunity {opportunity_id} at this account")
        roles = _rows(s, ROLE_FIELDS, DecisionRole,
                      DecisionRole.opportunity_id.in_([o["id"] for o in opps]))
    for o in opps:
        o["roles"] = sorted((r for r in roles if r["opportunity_id"] == o["id"]),
                            key=lambda r: (r["role"], r["stakeholder_id"]))
    return sorted(opps, key=lambda o: (o["name"], o["id"]))
