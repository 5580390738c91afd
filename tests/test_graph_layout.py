"""Automatic layouts: no overlaps, bosses above their reports, areas holding
their people, the same input giving the same picture; timings printed."""

import random
import time
from itertools import combinations

import pytest

from planner.graph.build import influence_graph, org_tree
from planner.graph.layout import (
    CARD_H, CARD_W, Layout, force_layout, org_chart_layout, resolve_positions,
)


def make_org(n, seed=1, departments=8, extra_lines=None):
    """``n`` people in a reporting tree; each department is a subtree below
    a head, departments nested like the bosses of their heads; plus
    influence lines (``extra_lines``, default ``n``)."""
    rnd = random.Random(seed)
    people = {"p0": {"id": "p0", "name": "p0", "importance": 5, "department_id": "d0"}}
    deps = {"d0": {"id": "d0", "name": "Leaders", "parent_id": None}}
    lines = []
    for i in range(1, n):
        boss = f"p{rnd.randrange(max(0, i - 40), i) if i > 3 else 0}"
        dept = people[boss]["department_id"]
        if len(deps) < departments and rnd.random() < 0.08:
            dept = f"d{len(deps)}"
            deps[dept] = {"id": dept, "name": f"Dept {dept}", "parent_id": people[boss]["department_id"]}
        pid = f"p{i}"
        people[pid] = {"id": pid, "name": pid, "importance": rnd.randint(1, 5), "department_id": dept}
        lines.append({"id": f"r{i}", "source_id": pid, "target_id": boss, "kind": "reports_to",
                      "strength": 3, "confidence": "confirmed", "directed": True})
    ids = sorted(people)
    for k in range((n if extra_lines is None else extra_lines) if n > 1 else 0):
        a, b = rnd.sample(ids, 2)
        lines.append({"id": f"i{k}", "source_id": a, "target_id": b, "kind": "influences",
                      "strength": rnd.randint(1, 5), "confidence": "likely", "directed": True})
    return people, deps, lines


def overlapping(rects):
    return [(a, b) for a, b in combinations(rects, 2)
            if a[0] < b[0] + b[2] - 0.5 and b[0] < a[0] + a[2] - 0.5
            and a[1] < b[1] + b[3] - 0.5 and b[1] < a[1] + a[3] - 0.5]


def cards(layout):
    return [(x, y, CARD_W, CARD_H) for x, y in layout.positions.values()]


@pytest.mark.parametrize("n", [1, 2, 30, 120])
def test_org_chart_has_no_overlaps_and_areas_hold_their_people(n):
    people, deps, lines = make_org(n, seed=n)
    layout = org_chart_layout(people, deps, org_tree(people, lines))
    assert set(layout.positions) == set(people)
    assert overlapping(cards(layout)) == []
    assert overlapping(list(layout.departments.values())) == []
    for pid, (x, y) in layout.positions.items():
        ax, ay, aw, ah = layout.departments[people[pid]["department_id"]]
        assert ax <= x and x + CARD_W <= ax + aw and ay <= y and y + CARD_H <= ay + ah


def test_org_chart_is_top_down():
    people, deps, lines = make_org(120, seed=3)
    tree = org_tree(people, lines)
    layout = org_chart_layout(people, deps, tree)
    for boss, report in tree.edges:
        assert layout.positions[report][1] >= layout.positions[boss][1] + CARD_H, (boss, report)
    # a boss with a few reports is centred above them
    row = {y for _, y in layout.positions.values()}
    assert min(row) == layout.positions["p0"][1]


def test_org_chart_without_department_tree_follows_the_bosses():
    people, deps, lines = make_org(60, seed=5)
    flat = {d: dict(dep, parent_id=None) for d, dep in deps.items()}
    tree = org_tree(people, lines)
    layout = org_chart_layout(people, flat, tree)
    assert overlapping(cards(layout)) == []
    for boss, report in tree.edges:
        assert layout.positions[report][1] > layout.positions[boss][1]


def test_people_without_department_or_lines_still_get_a_place():
    people = {p: {"id": p, "name": p, "importance": 3, "department_id": None} for p in "abc"}
    layout = org_chart_layout(people, {}, org_tree(people, []))
    assert set(layout.positions) == set("abc") and layout.departments == {}
    assert overlapping(cards(layout)) == []


def test_layouts_are_deterministic():
    people, deps, lines = make_org(80, seed=9)
    tree, g = org_tree(people, lines), influence_graph(people, lines)
    assert org_chart_layout(people, deps, tree) == org_chart_layout(dict(reversed(people.items())), deps, tree)
    assert force_layout(people, g) == force_layout(list(reversed(list(people))), g)


def test_force_layout_has_no_overlaps_and_pulls_strong_pairs_together():
    people, deps, lines = make_org(100, seed=4)
    lines += [{"id": "x", "source_id": "p10", "target_id": "p90", "kind": "influences",
               "strength": 5, "confidence": "confirmed", "directed": True}]
    g = influence_graph(people, lines)
    layout = force_layout(people, g)
    assert set(layout.positions) == set(people) and layout.departments == {}
    assert overlapping(cards(layout)) == []
    x0, y0, w, h = layout.bounds()
    assert (x0, y0) == (0, 0) and w < 40 * CARD_W and h < 40 * CARD_H


def test_resolve_positions_keeps_stored_ones_and_places_the_rest_beside_them():
    people, deps, lines = make_org(20, seed=2)
    for pid in ("p0", "p1", "p2"):
        people[pid].update(map_x=1000.0 + int(pid[1:]) * 200, map_y=-50.0)
    deps["d0"].update(map_x=980.0, map_y=-100.0, map_w=700.0, map_h=200.0)
    layout = resolve_positions(people, deps, org_tree(people, lines))
    assert layout.positions["p1"] == (1200.0, -50.0)
    assert layout.departments["d0"] == (980.0, -100.0, 700.0, 200.0)
    stored_right = 1000.0 + 2 * 200 + CARD_W
    assert all(x > stored_right for pid, (x, _) in layout.positions.items() if pid not in ("p0", "p1", "p2"))
    assert overlapping(cards(layout)) == []


def test_bounds_of_an_empty_layout():
    assert Layout().bounds() == (0.0, 0.0, 0.0, 0.0)


def test_300_people_600_lines_timing(capsys):
    people, deps, lines = make_org(300, seed=7, departments=12, extra_lines=300)
    t0 = time.perf_counter()
    tree, g = org_tree(people, lines), influence_graph(people, lines)
    t1 = time.perf_counter()
    org = org_chart_layout(people, deps, tree)
    t2 = time.perf_counter()
    force = force_layout(people, g)
    t3 = time.perf_counter()
    assert overlapping(cards(org)) == [] and overlapping(cards(force)) == []
    with capsys.disabled():
        print(f"\n300 people / {len(lines)} lines: graphs {1000 * (t1 - t0):.0f} ms, "
              f"org chart {1000 * (t2 - t1):.0f} ms, force {1000 * (t3 - t2):.0f} ms")


# -- the spring positions (numpy only, no scipy) --------------------------------------------
def weighted_random_graph(n, m, seed):
    import networkx as nx

    g = nx.gnm_random_graph(n, m, seed=seed)
    for u, v in g.edges:
        g[u][v]["weight"] = float((u * v) % 5 + 1)
    return g


@pytest.mark.parametrize("n, m", [(2, 1), (40, 70), (300, 500)])
def test_spring_positions_are_networkx_spring_layout_below_500(n, m):
    import networkx as nx

    from planner.graph.spring import spring_positions

    g = weighted_random_graph(n, m, seed=n)
    ours = spring_positions(g, seed=7, iterations=60)
    theirs = nx.spring_layout(g, seed=7, weight="weight", iterations=60, method="force")
    assert set(ours) == set(g)
    assert max(abs(ours[v][i] - theirs[v][i]) for v in g for i in (0, 1)) < 1e-9


def test_a_map_of_600_people_is_laid_out_without_scipy():
    """From 500 nodes on networkx's spring layout needs scipy; ours does not
    (the packaged app ships without scipy)."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['scipy'] = None\n"  # any import of scipy fails
            "import networkx as nx\n"
            "from planner.graph.layout import force_layout\n"
            "people = [f'p{i}' for i in range(600)]\n"
            "g = nx.DiGraph()\n"
            "g.add_edges_from(((people[i], people[(i * 7 + 1) % 600]) for i in range(600)), strength=2)\n"
            "layout = force_layout(people, g)\n"
            "assert len(set(layout.positions.values())) == 600\n"
            "print('ok')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_spring_positions_pull_heavy_edges_shorter_in_big_graphs():
    from planner.graph.spring import spring_positions

    g = weighted_random_graph(520, 900, seed=5)
    pos = spring_positions(g, seed=7, iterations=60)

    def length(u, v):
        return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5

    heavy = [length(u, v) for u, v, w in g.edges(data="weight") if w == 5]
    light = [length(u, v) for u, v, w in g.edges(data="weight") if w == 1]
    assert all(-1 <= c <= 1 for p in pos.values() for c in p)
    assert sum(heavy) / len(heavy) < sum(light) / len(light)
