"""Insights on small hand-made graphs with known answers, then once through
the database (live rows only, unconfirmed judgements flagged, JSON-able)."""

import json
from datetime import date, datetime, timedelta

import networkx as nx
import pytest

from planner.graph.build import REPORTS_STRENGTH, influence_graph, load_account, org_tree
from planner.graph.insights import (
    account_insights, brokerage, choke_points, choke_points_to, hidden_influencers,
    influence_path, influence_ranking, overdue_contacts, pagerank, role_coverage,
)

TODAY = date(2026, 3, 11)


def line(src, tgt, kind="influences", strength=3, confidence="likely", directed=True):
    return {"id": f"{kind}:{src}:{tgt}", "source_id": src, "target_id": tgt, "kind": kind,
            "strength": strength, "confidence": confidence, "directed": directed}


def graph(*edges):
    """Influence graph from (source, target[, strength]) tuples."""
    nodes = {n for e in edges for n in e[:2]}
    return influence_graph(nodes, [line(e[0], e[1], strength=e[2] if len(e) > 2 else 3) for e in edges])


# -- building ---------------------------------------------------------------------
def test_reporting_lines_give_the_boss_influence_and_informal_goes_both_ways():
    g = influence_graph("abcd", [line("b", "a", "reports_to"), line("c", "d", "informal"),
                                 line("a", "b", strength=5), line("c", "a", "conflict")])
    assert g["a"]["b"]["strength"] == 5  # the explicit line beats the implied one
    assert not g.has_edge("b", "a")  # a report does not influence the boss by rank
    assert g["c"]["d"]["strength"] == g["d"]["c"]["strength"] == 1
    assert not g.has_edge("c", "a") and not g.has_edge("a", "c")  # conflict is no channel
    g2 = influence_graph("ab", [line("b", "a", "reports_to")])
    assert g2["a"]["b"]["strength"] == REPORTS_STRENGTH


def test_org_tree_keeps_one_boss_and_no_cycle():
    lines = [line("b", "a", "reports_to", confidence="confirmed"),
             line("b", "c", "reports_to", confidence="unconfirmed"),
             line("a", "b", "reports_to")]  # would close a cycle
    t = org_tree("abc", lines)
    assert list(t.predecessors("b")) == ["a"]
    assert nx.is_directed_acyclic_graph(t) and t.in_degree("a") == 0


# -- ranking -----------------------------------------------------------------------
def test_ranking_puts_the_one_everyone_listens_to_first():
    ranking = influence_ranking(graph(("a", "b"), ("a", "c"), ("a", "d")))
    assert ranking[0]["id"] == "a" and [r["rank"] for r in ranking] == [1, 2, 3, 4]
    assert abs(sum(r["influence"] for r in ranking) - 1) < 1e-3


def test_whom_the_most_influential_listens_to_ranks_high_too():
    # everyone listens to a; a listens to e (and a little to b)
    ranking = influence_ranking(graph(("a", "b"), ("a", "c"), ("a", "d"), ("e", "a", 5), ("b", "a", 1)))
    order = [r["id"] for r in ranking]
    assert set(order[:2]) == {"a", "e"} and order.index("e") < order.index("b")


def test_stronger_lines_count_more():
    g = graph(("strong", "x", 5), ("weak", "x", 1))
    order = [r["id"] for r in influence_ranking(g)]
    assert order.index("strong") < order.index("weak")


def test_brokerage_is_highest_for_the_go_between():
    g = graph(("a", "m"), ("b", "m"), ("m", "c"), ("m", "d"))
    best = max(influence_ranking(g), key=lambda r: r["brokerage"])
    assert best["id"] == "m"


def test_brokerage_matches_networkx_betweenness():
    g = nx.gnm_random_graph(40, 120, seed=3, directed=True)
    ours, theirs = brokerage(g), nx.betweenness_centrality(g)
    assert all(abs(ours[n] - theirs[n]) < 1e-9 for n in g)


def test_choke_points_for_many_targets_match_one_at_a_time():
    g = nx.gnm_random_graph(60, 110, seed=8, directed=True)
    nx.relabel_nodes(g, str, copy=False)
    sources, avoid = ["0", "1", "2", "3"], {"7", "8", "9", "10", "11"}
    targets = [str(n) for n in range(12, 60, 3)] + ["9"]
    together = choke_points_to(g, sources, targets, avoid)
    assert together == {t: choke_points(g, sources, t, avoid) for t in targets}
    assert any(together.values()) and None in together.values()


def test_pagerank_matches_networkx():
    pytest.importorskip("scipy")
    g = graph(("a", "b", 2), ("b", "c", 5), ("c", "a", 1), ("d", "a", 4), ("a", "e", 3))
    ours, theirs = pagerank(g), nx.pagerank(g, weight="weight")
    assert all(abs(ours[n] - theirs[n]) < 1e-6 for n in g)


# -- hidden influencers --------------------------------------------------------------
def org_lines():
    # top -> vp1, vp2; vp1 -> m (3 reports: r1 r2 r3); r1 -> clerk
    reports = [("vp1", "top"), ("vp2", "top"), ("m", "vp1"), ("r1", "m"), ("r2", "m"),
               ("r3", "m"), ("clerk", "r1")]
    return [line(a, b, "reports_to", confidence="confirmed") for a, b in reports]


def test_a_clerk_the_top_listens_to_is_a_hidden_influencer_but_a_manager_is_not():
    people = ["top", "vp1", "vp2", "m", "r1", "r2", "r3", "clerk", "cfo"]
    lines = org_lines() + [line("clerk", "top", strength=4, confidence="unconfirmed"),
                           line("m", "top", strength=4), line("cfo", "top", strength=5)]
    lines.append(line("cfo", "top", "reports_to"))
    g, t = influence_graph(people, lines), org_tree(people, lines)
    ranking = influence_ranking(g)
    hidden = hidden_influencers(g, t, ranking, executives=["cfo"])
    assert [h["id"] for h in hidden] == ["clerk"]
    assert hidden[0]["depth"] == 4 and hidden[0]["reports"] == 0
    assert hidden[0]["listeners"] == ["top"] and hidden[0]["unconfirmed"] is True


def test_nobody_is_hidden_when_influence_follows_rank():
    people = ["top", "vp1", "vp2", "m", "r1", "r2", "r3", "clerk"]
    g, t = influence_graph(people, org_lines()), org_tree(people, org_lines())
    assert hidden_influencers(g, t, influence_ranking(g)) == []


# -- decision chain -------------------------------------------------------------------
def test_uncovered_and_vacated_roles():
    roles = [{"stakeholder_id": "a", "role": "decider"}, {"stakeholder_id": "b", "role": "user"},
             {"stakeholder_id": "gone", "role": "gatekeeper"}]
    filled, uncovered, vacated = role_coverage(roles, ["a", "b"])
    assert [r["stakeholder_id"] for r in filled["decider"]] == ["a"]
    assert uncovered == ["initiator", "influencer", "approver", "buyer", "gatekeeper"]
    assert [r["stakeholder_id"] for r in vacated] == ["gone"]


def test_single_threaded_when_every_route_goes_through_one_person():
    g = graph(("s1", "x"), ("s2", "x"), ("x", "D"))
    assert choke_points(g, ["s1", "s2"], "D") == ["x"]
    g.add_edge("s2", "D", strength=3, cost=1.25, kind="influences", confidence="likely", weight=3.0)
    assert choke_points(g, ["s1", "s2"], "D") == []  # a second, independent route


def test_the_only_supporter_who_reaches_a_decider_is_the_single_thread():
    g = graph(("li_na", "wang"), ("zhang", "wang"))
    assert choke_points(g, ["li_na", "other"], "wang") == ["li_na"]


def test_routes_through_a_sceptic_do_not_count_and_no_route_is_none():
    g = graph(("s1", "sceptic"), ("sceptic", "D"), ("s2", "x"), ("x", "D"))
    assert choke_points(g, ["s1", "s2"], "D") == []
    assert choke_points(g, ["s1", "s2"], "D", avoid=["sceptic"]) == ["x", "s2"]
    assert choke_points(g, ["s1"], "D", avoid=["sceptic"]) is None
    assert choke_points(g, [], "D") is None


def test_shortest_path_prefers_few_hops_then_strong_lines():
    g = graph(("a", "b", 5), ("b", "d", 5), ("a", "c", 1), ("c", "d", 1),
              ("a", "e", 5), ("e", "f", 5), ("f", "d", 5))
    assert influence_path(g, "a", "d") == ["a", "b", "d"]
    assert influence_path(g, "a", "d", avoid=["b"]) == ["a", "c", "d"]
    assert influence_path(g, "d", "a") is None


# -- contacts ---------------------------------------------------------------------------
def test_overdue_contacts():
    from planner.contacts.cadence import ContactState

    def st(pid, cadence, days_ago, planned=False):
        seen = TODAY - timedelta(days=days_ago) if days_ago is not None else None
        return ContactState(pid, pid, "acc", "Acc", 3, "neutral", cadence, planned, seen, seen)
    states = [st("late", 30, 40, planned=True), st("fresh", 30, 10, planned=True), st("never", 30, None),
              st("minor", 60, 400), st("key", 30, 31), st("edge", 60, 60)]
    out = overdue_contacts(states, TODAY)
    by_id = {o["id"]: o for o in out}
    assert set(by_id) == {"late", "never", "minor", "key"}
    assert by_id["late"]["overdue_days"] == 10 and by_id["late"]["planned"] is True
    assert by_id["key"]["cadence_days"] == 30 and by_id["key"]["overdue_days"] == 1
    assert by_id["never"]["days_since"] is None and out[0]["id"] == "never"
    assert out[1]["id"] == "minor"


def test_insights_and_this_week_agree_on_who_is_overdue_and_their_cadence(db, records, account):
    """One rule (planner.contacts.cadence): a decider every 30 days, a champion
    every 14, importance 4-5 every 30, others 60; Preferences change them."""
    from planner.contacts.cadence import CadenceDefaults, contact_states, due_contacts, set_defaults
    from planner.graph.scene import scene_data

    def person(name, **kw):
        return records.create("stakeholder", {"account_id": account, "name": name, **kw})[0]
    ids = {"高峰": person("高峰", importance=3), "champ": person("Champ", attitude="champion"),
           "vip": person("Vip", importance=5), "plain": person("Plain", importance=2),
           "fresh": person("Fresh", importance=2)}
    opp, _ = records.create("opportunity", {"account_id": account, "name": "Deal"})
    records.create("decision_role", {"opportunity_id": opp, "stakeholder_id": ids["高峰"], "role": "decider"})
    for key, days in (("高峰", 78), ("champ", 20), ("vip", 45), ("plain", 70), ("fresh", 50)):
        records.create("contact_log", {"stakeholder_id": ids[key], "contacted_on": TODAY - timedelta(days=days),
                                       "channel": "call"})
    data = account_insights(db, account, today=TODAY)
    by_id = {o["id"]: o for o in data["overdue_contacts"]}
    assert by_id[ids["高峰"]]["cadence_days"] == 30 and by_id[ids["高峰"]]["overdue_days"] == 48
    assert by_id[ids["champ"]]["cadence_days"] == 14
    assert by_id[ids["vip"]]["cadence_days"] == 30
    assert by_id[ids["plain"]]["cadence_days"] == 60
    assert ids["fresh"] not in by_id and data["cadence"][ids["fresh"]]["cadence_days"] == 60
    week = {s.stakeholder_id for s, status in due_contacts(db, TODAY, account_id=account) if status == "overdue"}
    assert set(by_id) == week
    finding = next(f for f in data["findings"] if f["people"] == [ids["高峰"]] and f["kind"] == "overdue_contact")
    assert "每30天" in finding["text_zh"] and "48" in finding["text_zh"]
    scene = scene_data(db, account, today=TODAY)
    assert {p["id"] for p in scene["people"] if p["overdue"]} == week
    try:  # Preferences: everyone else every 45 days -> Fresh (50 days) is overdue everywhere
        set_defaults(CadenceDefaults(others=45))
        data = account_insights(db, account, today=TODAY)
        assert ids["fresh"] in {o["id"] for o in data["overdue_contacts"]}
        assert contact_states(db)[ids["fresh"]].cadence_days == 45
    finally:
        set_defaults(None)


# -- through the database -------------------------------------------------------------------
@pytest.fixture
def deal(records, account):
    """Wang (approver, sceptic, unconfirmed) reached only through Li (champion);
    Zhou (decider) is a supporter; nobody is buyer; a deleted line and a
    person who left must not count."""
    def person(name, **kw):
        return records.create("stakeholder", {"account_id": account, "name": name, **kw})[0]
    ids = {n: person(n, **kw) for n, kw in {
        "Wang": dict(title="CFO", importance=5), "Li": dict(attitude="champion"),
        "Zhou": dict(attitude="supporter"), "Ma": dict(status="left", attitude="supporter"),
        "Sun": dict(attitude="neutral")}.items()}

    def rel(a, b, **kw):
        return records.create("relationship", {"account_id": account, "source_id": ids[a],
                                               "target_id": ids[b], **kw})[0]
    rel("Li", "Wang", kind="influences", strength=4)
    rel("Ma", "Wang", kind="influences", strength=5)  # left: does not count
    gone = rel("Zhou", "Wang", kind="influences", strength=5)
    records.delete("relationship", gone)
    rel("Sun", "Wang", kind="reports_to")
    opp, _ = records.create("opportunity", {"account_id": account, "name": "Platform"})
    for who, role, att, conf in [("Wang", "approver", "sceptic", "unconfirmed"),
                                 ("Zhou", "decider", "supporter", "likely"),
                                 ("Li", "influencer", "champion", "confirmed")]:
        records.create("decision_role", {"opportunity_id": opp, "stakeholder_id": ids[who],
                                         "role": role, "attitude": att, "confidence": conf})
    visit, _ = records.create("visit", {"account_id": account, "status": "done",
                                        "starts_at": datetime(2026, 1, 26, 10, 0)})
    records.create("visit_attendee", {"visit_id": visit, "stakeholder_id": ids["Wang"]})
    records.create("contact_plan", {"stakeholder_id": ids["Wang"], "cadence_days": 30})
    return ids, opp


def test_account_insights_end_to_end(db, account, deal):
    ids, opp = deal
    data = account_insights(db, account, today=TODAY)
    json.dumps(data)  # JSON-able as it is
    assert ids["Ma"] not in {r["id"] for r in data["ranking"]}
    (summary,) = data["opportunities"]
    assert summary["id"] == opp and "buyer" in summary["uncovered"]
    approver = next(r for r in summary["roles"] if r["role"] == "approver")["holders"][0]
    assert approver["id"] == ids["Wang"] and approver["last_contact"] == "2026-01-26"
    kinds = {f["kind"]: f for f in data["findings"]}
    assert ids["Wang"] in kinds["against"]["people"]
    assert "attitude unconfirmed" in kinds["against"]["text_en"]
    assert "态度未确认" in kinds["against"]["text_zh"]
    thread = kinds["single_threaded"]
    assert thread["people"][:2] == [ids["Wang"], ids["Li"]] and thread["severity"] == "high"
    assert "the only route from our side to Wang is through Li" in thread["text_en"]
    assert "last contact 44 days ago" in thread["text_en"]
    overdue = [f for f in data["findings"] if f["kind"] == "overdue_contact"]
    assert any(f["people"] == [ids["Wang"]] and "14 days overdue" in f["text_en"] for f in overdue)
    assert all(f["severity"] in ("high", "medium", "low", "info") for f in data["findings"])


def test_load_account_skips_deleted_and_left(db, account, deal):
    ids, _ = deal
    data = load_account(db, account)
    assert ids["Ma"] not in data.people
    assert all(ln["kind"] != "influences" or ln["source_id"] == ids["Li"] for ln in data.lines)
    assert ids["Ma"] in load_account(db, account, include_left=True).people
