"""What the stakeholder map implies: who is central, who is hidden, which
buying roles are open, which decision makers we reach only through one person,
whom we have not met for too long.

The analysis functions here and the graph measures of
:mod:`planner.graph.metrics` are pure (graphs from :mod:`planner.graph.build`,
plain dicts, ids); :func:`account_insights` reads the database and returns JSON-able
data with a list of findings, each ``{"kind", "severity", "people",
"opportunity_id", "text_en", "text_zh"}``, worded by
:mod:`planner.graph.wording`.

Definitions (so a rep can trust what the panel says):

- *influence* is PageRank on the "listens to" graph (the influence graph with
  its edges reversed, weighted by strength): you are influential when people
  who are themselves influential listen to you. *Brokerage* is betweenness
  on the influence graph by hops (lying on the shortest chains of influence).
- a *hidden influencer* has a low formal position (not an executive, two or
  more levels below the top of the org tree, at most one direct report) and
  either ranks in the top fifth by influence (at least the top 3), or has an
  influence line of strength 3+ into that top group, to someone at least two
  levels above them (the shift leader the general manager calls).
- *our side* for an opportunity: people whose attitude toward the deal is
  champion or supporter (their decision role's attitude, else their attitude
  toward us).
- *single-threaded*: every influence route from our side to a decision maker
  passes through the same person (a dominator in the graph with one extra
  root pointing at all of our side). Routes never pass through a sceptic or
  opponent (they would not carry our case). Checked for deciders, approvers
  and every sceptic or opponent in the chain who is not on our side already;
  *unreached* when there is no route at all.
- *overdue*: the rule of :mod:`planner.contacts.cadence`, the same one This
  week uses: every active person whose last contact (done visit attended, or
  logged contact) is older than their cadence (their contact plan's, else the
  shortest default that applies: decider / approver, champion, importance
  4-5, everyone else; Preferences can change the defaults), or who was never
  contacted.

Threading: pure functions anywhere; ``account_insights`` reads the database
(safe on any thread, takes ~20 ms for 300 people and 600 lines).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable

import networkx as nx

from planner import vocab
from planner.contacts.cadence import CadenceDefaults, ContactState, contact_states
from planner.graph import wording as w
from planner.graph.build import (
    depths, influence_graph, load_account, load_contacts, load_opportunities, org_tree,
)
from planner.graph.metrics import (  # noqa: F401 (part of this module's interface)
    brokerage, choke_points, choke_points_to, hidden_influencers, influence_path,
    influence_ranking, pagerank, path_is_unconfirmed, routes_to,
)
from planner.store.database import Database

OUR_SIDE = frozenset({"champion", "supporter"})
AGAINST = frozenset({"sceptic", "opponent"})
DECISION_MAKERS = ("decider", "approver")


# -- decision chain --------------------------------------------------------------
def deal_attitudes(roles: list[dict[str, Any]], people: dict[str, dict[str, Any]]
                   ) -> dict[str, tuple[str, str]]:
    """(attitude, confidence) of each person toward one deal: their decision
    role's (the first by role order), else their attitude toward us."""
    out = {pid: (p["attitude"], p["attitude_confidence"]) for pid, p in people.items()}
    order = vocab.BUYING_ROLE.values
    for r in sorted(roles, key=lambda r: order.index(r["role"]) if r["role"] in order else 99,
                    reverse=True):
        out[r["stakeholder_id"]] = (r["attitude"], r["confidence"])
    return out


def role_coverage(roles: list[dict[str, Any]], active: Iterable[str]
                  ) -> tuple[dict[str, list[dict[str, Any]]], list[str], list[dict[str, Any]]]:
    """(holders by role in vocabulary order, uncovered roles, roles held only
    by people who left or are not on the map)."""
    active = set(active)
    filled: dict[str, list[dict[str, Any]]] = {role: [] for role in vocab.BUYING_ROLE.values}
    gone = []
    for r in roles:
        (filled.setdefault(r["role"], []) if r["stakeholder_id"] in active else gone).append(r)
    uncovered = [role for role, holders in filled.items() if not holders]
    vacated = [r for r in gone if r["role"] in uncovered]
    return filled, uncovered, vacated


# -- contacts ----------------------------------------------------------------------
def overdue_contacts(states: Iterable[ContactState], today: date) -> list[dict[str, Any]]:
    """People whose last contact is older than their cadence, or never
    contacted (:meth:`ContactState.status` is "overdue"): ``{"id",
    "cadence_days", "planned", "last_contact", "days_since", "overdue_days"}``
    (``None`` days: never), longest overdue first."""
    out = []
    for st in states:
        if st.status(today, 0) != "overdue":
            continue
        seen, cad = st.last_contact, st.cadence_days
        since = (today - seen).days if seen else None
        out.append({"id": st.stakeholder_id, "cadence_days": cad, "planned": st.planned,
                    "last_contact": seen.isoformat() if seen else None,
                    "days_since": since, "overdue_days": since - cad if since is not None else None})
    return sorted(out, key=lambda o: (o["days_since"] is not None, -(o["overdue_days"] or 0), o["id"]))


# -- one opportunity -----------------------------------------------------------------
def analyse_opportunity(opp: dict[str, Any], people: dict[str, dict[str, Any]],
                        g: nx.DiGraph, last: dict[str, date], today: date,
                        text: w.Wording) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The decision chain of one opportunity and its findings."""
    roles = opp["roles"]
    attitude = deal_attitudes(roles, people)
    filled, uncovered, vacated = role_coverage(roles, g)
    ours = sorted(n for n in g if attitude.get(n, ("unknown",))[0] in OUR_SIDE)
    champions = [n for n in ours if attitude[n][0] == "champion"]
    hostile = {n for n in g if attitude.get(n, ("unknown",))[0] in AGAINST}
    makers = sorted({r["stakeholder_id"] for role in DECISION_MAKERS for r in filled[role]})
    oid = opp["id"]
    gone_roles = {r["role"] for r in vacated}
    findings = [text.uncovered(oid, opp, role) for role in uncovered if role not in gone_roles]
    findings += [text.vacated(oid, opp, r) for r in vacated]
    checked: set[str] = set()
    makers_first = [*DECISION_MAKERS, *(x for x in filled if x not in DECISION_MAKERS)]
    watch = [(role in DECISION_MAKERS, r) for role in makers_first for r in filled[role]
             if role in DECISION_MAKERS or r["attitude"] in AGAINST]
    reach = choke_points_to(g, ours, {r["stakeholder_id"] for _, r in watch
                                      if attitude[r["stakeholder_id"]][0] not in OUR_SIDE}, hostile)
    for maker, r in watch:
        pid = r["stakeholder_id"]
        if pid in checked:
            continue
        checked.add(pid)
        chain = reach.get(pid, [])
        if r["attitude"] in AGAINST:
            helpers = sorted((u for u in g.predecessors(pid) if u in ours),
                             key=lambda u: (-g[u][pid]["strength"], u))
            # the route findings below give the advice when routes are thin
            findings.append(text.against(oid, opp, r, maker, helpers if chain == [] else []))
        if chain is None:
            findings.append(text.unreached(oid, opp, r, maker, last))
        elif chain:
            findings.append(text.single_thread(oid, opp, r, maker, chain, set(ours), last))
    paths = []
    for d in makers:
        best = None
        found = routes_to(g, d, champions, avoid=hostile)
        for c in champions:
            if c == d:
                continue
            p = found[c]
            paths.append({"from": c, "to": d, "path": p,
                          "unconfirmed": bool(p) and path_is_unconfirmed(g, p)})
            if p and (best is None or len(p) < len(best)):
                best = p
        if best and attitude[d][0] not in OUR_SIDE:
            findings.append(text.best_route(oid, opp, best, path_is_unconfirmed(g, best)))
    summary = {
        "id": oid, "name": opp["name"], "stage": opp["stage"], "status": opp["status"],
        "roles": [{"role": role, "holders": [
            {"id": r["stakeholder_id"], "attitude": r["attitude"], "confidence": r["confidence"],
             "last_contact": last[r["stakeholder_id"]].isoformat() if r["stakeholder_id"] in last else None,
             "days_since": (today - last[r["stakeholder_id"]]).days if r["stakeholder_id"] in last else None}
            for r in holders]} for role, holders in filled.items()],
        "uncovered": uncovered, "our_side": ours, "champions": champions,
        "paths": paths,
    }
    return summary, findings


# -- the whole account ---------------------------------------------------------------
def account_insights(db: Database, account_id: str, opportunity_id: str | None = None,
                     today: date | None = None, defaults: CadenceDefaults | None = None
                     ) -> dict[str, Any]:
    """Insights for an account: ranking, hidden influencers, each open
    opportunity (or only ``opportunity_id``), overdue contacts, findings.
    ``cadence`` gives every active person's ``{"cadence_days", "planned"}``."""
    today = today or date.today()
    data = load_account(db, account_id, include_left=True)
    active = {pid: p for pid, p in data.people.items() if p["status"] != "left"}
    lines = [ln for ln in data.lines if ln["source_id"] in active and ln["target_id"] in active]
    names = {pid: p["name"] for pid, p in data.people.items()}
    g = influence_graph(active, lines)
    tree = org_tree(active, lines, names)
    opps = load_opportunities(db, account_id, opportunity_id)
    last, upcoming, _plans = load_contacts(db, active, today)
    roles_of: dict[str, list[str]] = {}
    for o in opps:
        for r in o["roles"]:
            roles_of.setdefault(r["stakeholder_id"], [])
            if r["role"] not in roles_of[r["stakeholder_id"]]:
                roles_of[r["stakeholder_id"]].append(r["role"])
    text = w.Wording(data.people, roles_of, today, upcoming)

    ranking = influence_ranking(g, names)
    depth = depths(tree)
    for r in ranking:
        r.update(name=names[r["id"]], depth=depth.get(r["id"]), reports=tree.out_degree(r["id"]))
    hidden = hidden_influencers(
        g, tree, ranking, executives=[pid for pid, p in active.items() if p["is_executive"]])
    findings = [text.hidden(h, len(ranking)) for h in hidden]
    if ranking:
        findings.append(text.central(ranking[:3]))
    summaries = []
    for o in opps:
        summary, found = analyse_opportunity(o, data.people, g, last, today, text)
        summaries.append(summary)
        findings += found
    states = contact_states(db, defaults, account_id)
    overdue = overdue_contacts(states.values(), today)
    findings += [text.overdue(o) for o in overdue]
    findings.sort(key=lambda f: (w.SEVERITY_ORDER[f["severity"]], w.KIND_ORDER.get(f["kind"], 99),
                                 f["text_en"]))
    return {
        "account": data.account, "today": today.isoformat(),
        "people": {pid: {"name": p["name"], "title": p["title"], "status": p["status"],
                         "attitude": p["attitude"], "importance": p["importance"]}
                   for pid, p in sorted(data.people.items())},
        "ranking": ranking, "hidden_influencers": hidden,
        "opportunities": summaries, "overdue_contacts": overdue, "findings": findings,
        "cadence": {pid: {"cadence_days": st.cadence_days, "planned": st.planned}
                    for pid, st in sorted(states.items())},
    }
