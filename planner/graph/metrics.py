"""Graph measures of the stakeholder map, pure functions on the graphs of
:mod:`planner.graph.build`: influence (PageRank on who listens to whom),
brokerage (betweenness), hidden influencers, and influence routes (choke
points by dominators, shortest paths). Definitions in
:mod:`planner.graph.insights`.
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from planner.graph.build import depths

_ROOT = ("__our_side__",)


# -- centrality ------------------------------------------------------------------
def pagerank(g: nx.DiGraph, alpha: float = 0.85, weight: str = "weight",
             tol: float = 1e-10, max_iter: int = 200) -> dict[Any, float]:
    """Weighted PageRank by power iteration (no scipy needed); rank mass of
    nodes without out-edges is spread evenly. Sums to 1."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    out_w = {u: sum(d.get(weight, 1.0) for _, _, d in g.out_edges(u, data=True)) for u in nodes}
    edges = [(u, v, d.get(weight, 1.0) / out_w[u]) for u, v, d in g.edges(data=True)]
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        spill = alpha * sum(rank[u] for u in nodes if not out_w[u]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + spill)
        for u, v, share in edges:
            new[v] += alpha * rank[u] * share
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def brokerage(g: nx.DiGraph) -> dict[Any, float]:
    """Normalised betweenness centrality by hops (Brandes' algorithm, the
    numbers of ``networkx.betweenness_centrality(g)``, several times faster):
    how often someone lies on the shortest chains of influence between two
    others."""
    nodes = list(g)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    idx = {v: i for i, v in enumerate(nodes)}
    adj = [[idx[v] for v in g[u]] for u in nodes]
    cb = [0.0] * n
    for s in range(n):
        dist = [-1] * n
        sigma = [0] * n
        preds: list[list[int]] = [[] for _ in range(n)]
        dist[s], sigma[s] = 0, 1
        order = [s]
        for v in order:  # grows while we walk it: a breadth-first queue
            dv, sv = dist[v] + 1, sigma[v]
            for w in adj[v]:
                if dist[w] < 0:
                    dist[w] = dv
                    order.append(w)
                if dist[w] == dv:
                    sigma[w] += sv
                    preds[w].append(v)
        delta = [0.0] * n
        for w in reversed(order):
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                cb[w] += delta[w]
    scale = 1.0 / ((n - 1) * (n - 2))
    return {v: cb[i] * scale for i, v in enumerate(nodes)}


def influence_ranking(g: nx.DiGraph, names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Everyone in the influence graph, most influential first:
    ``{"id", "rank", "influence", "brokerage"}`` (ties broken by name, id)."""
    names = names or {}
    pr = pagerank(g.reverse(copy=False))
    bc = brokerage(g)
    order = sorted(g, key=lambda n: (-round(pr[n], 12), names.get(n, ""), n))
    return [{"id": n, "rank": i + 1, "influence": round(pr[n], 5),
             "brokerage": round(bc.get(n, 0.0), 5)} for i, n in enumerate(order)]


def hidden_influencers(g: nx.DiGraph, tree: nx.DiGraph, ranking: list[dict[str, Any]],
                       executives: Iterable[str] = (), top: int | None = None
                       ) -> list[dict[str, Any]]:
    """People of low formal position (not an executive, two or more levels
    below the top, at most one direct report) who either rank in the top
    ``top`` by influence (default: a fifth, at least 3) or have an influence
    line of strength 3+ to someone in that top group at least two levels above
    them. ``listeners``: whom they influence, strongest line first;
    ``unconfirmed``: every one of those lines is unconfirmed."""
    top = top if top is not None else max(3, round(len(ranking) / 5))
    leaders = {r["id"] for r in ranking[:top]}
    depth = depths(tree)
    executives = set(executives)
    out = []
    for r in ranking:
        n = r["id"]
        d, reports = depth.get(n), tree.out_degree(n) if n in tree else 0
        if d is None or d < 2 or reports > 1 or n in executives:
            continue
        lines = sorted(((v, e) for v, e in g[n].items() if e["kind"] == "influences"),
                       key=lambda ve: (-ve[1]["strength"], ve[0]))
        reaches_up = any(v in leaders and e["strength"] >= 3 and depth.get(v, d) <= d - 2
                         for v, e in lines)
        if lines and (n in leaders or reaches_up):
            out.append({"id": n, "rank": r["rank"], "depth": d, "reports": reports,
                        "listeners": [v for v, _ in lines],
                        "unconfirmed": all(e["confidence"] == "unconfirmed" for _, e in lines)})
    return out


# -- routes ------------------------------------------------------------------------
def choke_points(g: nx.DiGraph, sources: Iterable[str], target: str,
                 avoid: Iterable[str] = ()) -> list[str] | None:
    """The people every influence route from ``sources`` to ``target`` passes
    through, nearest to the target first (a source itself counts: it is then
    the only one of them who reaches the target). Routes never pass through
    ``avoid`` (people who would not carry our case). ``[]``: independent
    routes exist; ``None``: no route at all."""
    return choke_points_to(g, [s for s in sources if s != target], [target], avoid)[target]


def choke_points_to(g: nx.DiGraph, sources: Iterable[str], targets: Iterable[str],
                    avoid: Iterable[str] = ()) -> dict[str, list[str] | None]:
    """:func:`choke_points` for several targets (none of them a source) with
    one dominator tree: avoided people who are targets join the graph as dead
    ends (edges in, none out), which leaves everyone else's dominators as
    they are."""
    blocked, targets = set(avoid), list(targets)
    starts = {s for s in sources if s in g and s not in blocked}
    h = nx.DiGraph()
    h.add_edges_from((_ROOT, s) for s in sorted(starts))
    h.add_edges_from((u, v) for u, v in g.edges if u not in blocked and v not in blocked)
    h.add_edges_from((u, t) for t in targets if t in blocked and t in g
                     for u in g.predecessors(t) if u not in blocked)
    idom = nx.immediate_dominators(h, _ROOT) if starts else {}
    out: dict[str, list[str] | None] = {}
    for t in targets:
        if t not in idom:
            out[t] = None
            continue
        chain, v = [], idom[t]
        while v != _ROOT:
            chain.append(v)
            v = idom[v]
        out[t] = chain
    return out


def influence_path(g: nx.DiGraph, source: str, target: str,
                   avoid: Iterable[str] = ()) -> list[str] | None:
    """The cheapest influence route (fewest hops, then strongest lines),
    never through ``avoid``."""
    blocked = set(avoid) - {source, target}
    view = nx.subgraph_view(g, filter_node=lambda n: n not in blocked) if blocked else g
    try:
        return nx.shortest_path(view, source, target, weight="cost")
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None


def routes_to(g: nx.DiGraph, target: str, sources: Iterable[str], avoid: Iterable[str] = ()
              ) -> dict[str, list[str] | None]:
    """:func:`influence_path` from each of ``sources`` to ``target`` at once
    (one search backwards from the target)."""
    blocked = set(avoid) - {target}
    back = nx.subgraph_view(g.reverse(copy=False), filter_node=lambda n: n not in blocked)
    found = nx.single_source_dijkstra_path(back, target, weight="cost") if target in g else {}
    return {s: list(reversed(found[s])) if s in found and s != target else None for s in sources}


def path_is_unconfirmed(g: nx.DiGraph, path: list[str]) -> bool:
    return any(g[a][b]["confidence"] == "unconfirmed" for a, b in zip(path, path[1:]))
