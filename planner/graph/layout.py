"""Automatic layouts of the stakeholder map, in scene coordinates.

A position is the **top-left corner** of a person's card (``CARD_W`` x
``CARD_H`` px), as stored in ``stakeholder.map_x/map_y``; a department area is
``(x, y, w, h)`` as in ``department.map_x/y/w/h``. y grows downwards.

- :func:`org_chart_layout`: each department is an area holding a tidy
  top-down tree of its people's reporting lines (a boss centred above the
  reports; more than three reports without reports of their own are stacked in
  a compact grid). Areas form a tree themselves (``department.parent_id``, or
  where that is missing, the department of the boss of the area's top
  person): child areas sit side by side below their parent, ordered under the
  bosses of their top people so that few lines cross.
- :func:`force_layout`: networkx's spring layout (Fruchterman-Reingold, numpy
  only at every size: :mod:`planner.graph.spring`) on the influence graph
  (fixed seed: the same input gives the same picture), scaled to the scene and
  snapped to a grid of card-sized cells so no two cards overlap. It returns
  no department areas: influence clusters cut across departments.
- :func:`resolve_positions`: stored positions, with the org-chart layout for
  the people that have none (placed to the right of the stored ones).

Pure functions; about 15 ms for 300 people (org chart), 150 ms (force).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from planner.graph.spring import spring_positions

CARD_W, CARD_H = 180.0, 70.0
H_GAP, V_GAP = 24.0, 46.0  # between cards side by side / between levels
PAD, HEADER = 18.0, 30.0  # inside a department area: border, label band
AREA_GAP = 40.0  # between department areas
GRID_FROM = 3  # this many leaf reports or more are stacked in a grid
WRAP_W = 2600.0  # side-by-side trees or areas wider than this wrap into rows (small maps)

Rect = tuple[float, float, float, float]


@dataclass
class Layout:
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    departments: dict[str, Rect] = field(default_factory=dict)

    def bounds(self) -> Rect:
        """The bounding box of every card and area (0-size when empty)."""
        rects = [(x, y, CARD_W, CARD_H) for x, y in self.positions.values()]
        rects += list(self.departments.values())
        if not rects:
            return (0.0, 0.0, 0.0, 0.0)
        x0 = min(r[0] for r in rects)
        y0 = min(r[1] for r in rects)
        return (x0, y0, max(r[0] + r[2] for r in rects) - x0, max(r[1] + r[3] for r in rects) - y0)


def _key(p: dict[str, Any]) -> tuple:
    return (-int(p.get("importance") or 0), p.get("name_romanised") or p.get("name", ""), p["id"])


# -- one department's tree -----------------------------------------------------------
class _Block:
    """The people of one department laid out as a tidy tree, relative to the
    area's top-left corner."""

    def __init__(self, members: list[str], people: dict[str, dict[str, Any]], tree: nx.DiGraph,
                 wrap: float = WRAP_W):
        inside = set(members)
        self.wrap = wrap
        self.kids = {m: sorted((c for c in tree.successors(m) if c in inside),
                               key=lambda c: (-len(nx.descendants(tree, c)), _key(people[c])))
                     for m in members}
        self.tree = tree
        roots = [m for m in members if not any(b in inside for b in tree.predecessors(m))]
        self.roots = sorted(roots, key=lambda r: (-len(nx.descendants(tree, r)), _key(people[r])))
        self.pos: dict[str, tuple[float, float]] = {}
        self.widths: dict[str, float] = {}
        x, y, bottom, right = PAD, HEADER + PAD, 0.0, 0.0
        for r in self.roots:  # trees side by side, wrapped into rows when too wide
            if x > PAD and x + self._width(r) > self.wrap:
                x, y = PAD, bottom + V_GAP
            bottom = max(bottom, self._place(r, x, y))
            x += self._width(r) + H_GAP
            right = max(right, x - H_GAP)
        self.w = max(right + PAD, CARD_W + 2 * PAD)
        self.h = bottom + PAD

    def _units(self, n: str) -> list[tuple[str, Any]]:
        """What hangs below ``n``: ("tree", child) for each report with reports
        of their own (or all, when few), and ("grid", leaves) for the rest."""
        kids = self.kids[n]
        leaves = [c for c in kids if self.tree.out_degree(c) == 0]
        if len(leaves) < GRID_FROM:
            return [("tree", c) for c in kids]
        return [("tree", c) for c in kids if c not in leaves] + [("grid", leaves)]

    @staticmethod
    def _grid(leaves: list[str]) -> tuple[int, int]:
        cols = math.ceil(math.sqrt(len(leaves) / 2))
        return cols, math.ceil(len(leaves) / cols)

    def _unit_width(self, unit: tuple[str, Any]) -> float:
        if unit[0] == "tree":
            return self._width(unit[1])
        cols, _ = self._grid(unit[1])
        return cols * CARD_W + (cols - 1) * H_GAP

    def _rows(self, n: str) -> list[list[tuple[str, Any]]]:
        """The units below ``n`` side by side, wrapped into rows when too wide."""
        rows: list[list[tuple[str, Any]]] = []
        used = math.inf
        for unit in self._units(n):
            w = self._unit_width(unit)
            if used + H_GAP + w > self.wrap:
                rows.append([])
                used = -H_GAP
            rows[-1].append(unit)
            used += H_GAP + w
        return rows

    def _row_width(self, row: list[tuple[str, Any]]) -> float:
        return sum(self._unit_width(u) for u in row) + H_GAP * (len(row) - 1)

    def _width(self, n: str) -> float:
        if n not in self.widths:
            self.widths[n] = max([CARD_W] + [self._row_width(r) for r in self._rows(n)])
        return self.widths[n]

    def _place(self, n: str, x: float, y: float) -> float:
        """Place ``n``'s subtree in the column starting at ``x``; returns its bottom."""
        width = self._width(n)
        self.pos[n] = (x + (width - CARD_W) / 2, y)
        bottom = y + CARD_H
        for row in self._rows(n):
            cx = x + (width - self._row_width(row)) / 2
            cy = bottom + V_GAP
            for kind, what in row:
                if kind == "tree":
                    bottom = max(bottom, self._place(what, cx, cy))
                else:
                    cols, rows = self._grid(what)
                    for i, c in enumerate(what):
                        r, k = divmod(i, cols)
                        self.pos[c] = (cx + k * (CARD_W + H_GAP), cy + r * (CARD_H + H_GAP))
                    bottom = max(bottom, cy + rows * (CARD_H + H_GAP) - H_GAP)
                cx += self._unit_width((kind, what)) + H_GAP
        return bottom


# -- the org chart ---------------------------------------------------------------------
def _area_parents(blocks: dict[Any, _Block], departments: dict[str, dict[str, Any]],
                  tree: nx.DiGraph, dept_of: dict[str, Any]) -> dict[Any, Any]:
    parents: dict[Any, Any] = {}
    for d, block in blocks.items():
        up = departments.get(d, {}).get("parent_id") if d is not None else None
        seen = {d}
        while up is not None and up not in blocks and up not in seen:
            seen.add(up)
            up = departments.get(up, {}).get("parent_id")
        if up is None or up not in blocks:  # no department tree: follow the bosses
            bosses = Counter(dept_of[b] for r in block.roots for b in tree.predecessors(r))
            bosses.pop(d, None)
            up = bosses.most_common(1)[0][0] if bosses else None
        parents[d] = up
    for d in list(parents):  # break cycles
        seen, up = {d}, parents[d]
        while up is not None:
            if up in seen:
                parents[d] = None
                break
            seen.add(up)
            up = parents.get(up)
    return parents


def org_chart_layout(people: dict[str, dict[str, Any]], departments: dict[str, dict[str, Any]],
                     tree: nx.DiGraph, origin: tuple[float, float] = (0.0, 0.0)) -> Layout:
    """The org-chart layout of ``people`` (dicts with ``id``, ``name``,
    ``department_id``, ``importance``) over the reporting forest ``tree``
    (boss -> report, from :func:`planner.graph.build.org_tree`)."""
    tree = tree.subgraph(people)
    dept_of = {pid: (p.get("department_id") if p.get("department_id") in departments else None)
               for pid, p in people.items()}
    groups: dict[Any, list[str]] = defaultdict(list)
    for pid in sorted(people):
        groups[dept_of[pid]].append(pid)
    # wrap wide rows so that big maps come out roughly 16:9, not as a long strip
    wrap = max(WRAP_W, 1.9 * math.sqrt(len(people)) * (CARD_W + H_GAP))
    blocks = {d: _Block(m, people, tree, wrap) for d, m in groups.items()}
    parents = _area_parents(blocks, departments, tree, dept_of)
    top = ("top",)  # the parent of the top areas (None is "no department")
    children: dict[Any, list[Any]] = defaultdict(list)
    for d, up in parents.items():
        children[top if up is None else up].append(d)

    def anchor(d: Any) -> float:  # where this area's bosses sit in the parent area
        up = parents[d]
        xs = [blocks[up].pos[b][0] for r in blocks[d].roots for b in tree.predecessors(r)
              if dept_of[b] == up]
        return sum(xs) / len(xs) if xs else float("inf")

    def name(d: Any) -> str:
        return departments[d]["name"] if d is not None else "\uffff"

    for up, kids in children.items():
        if up is top:  # top areas: the biggest tree first, no department last
            kids.sort(key=lambda d: (d is None, -len(blocks[d].pos), name(d)))
        else:
            kids.sort(key=lambda d: (anchor(d), name(d)))

    size: dict[Any, tuple[float, float]] = {}

    def rows(d: Any) -> list[list[Any]]:  # child areas side by side, wrapped when too wide
        limit = max(wrap, blocks[d].w if d in blocks else 0.0)
        out_rows: list[list[Any]] = []
        used = math.inf
        for c in children[d]:
            if used + AREA_GAP + extent(c)[0] > limit:
                out_rows.append([])
                used = -AREA_GAP
            out_rows[-1].append(c)
            used += AREA_GAP + extent(c)[0]
        return out_rows

    def row_w(row: list[Any]) -> float:
        return sum(extent(c)[0] for c in row) + AREA_GAP * (len(row) - 1)

    def extent(d: Any) -> tuple[float, float]:
        """Width and height of an area with every area below it."""
        if d not in size:
            w, h = (blocks[d].w, blocks[d].h) if d in blocks else (0.0, -AREA_GAP)
            for row in rows(d):
                w = max(w, row_w(row))
                h += AREA_GAP + max(extent(c)[1] for c in row)
            size[d] = (w, h)
        return size[d]

    out = Layout()

    def place(d: Any, x: float, y: float) -> None:
        w = extent(d)[0]
        if d in blocks:
            block = blocks[d]
            bx = x + (w - block.w) / 2
            if d is not None:
                out.departments[d] = (bx, y, block.w, block.h)
            for pid, (px, py) in block.pos.items():
                out.positions[pid] = (bx + px, y + py)
            y += block.h + AREA_GAP
        for row in rows(d):
            cx = x + (w - row_w(row)) / 2
            for c in row:
                place(c, cx, y)
                cx += extent(c)[0] + AREA_GAP
            y += max(extent(c)[1] for c in row) + AREA_GAP

    place(top, origin[0], origin[1])
    return out


# -- force-directed ----------------------------------------------------------------------
def force_layout(people: list[str] | dict[str, Any], influence: nx.DiGraph, seed: int = 7,
                 origin: tuple[float, float] = (0.0, 0.0)) -> Layout:
    """Cards clustered by influence (stronger lines pull harder), no overlaps."""
    ids = sorted(people)
    g = nx.Graph()
    g.add_nodes_from(ids)
    for u, v, d in influence.edges(data=True):
        if u in g and v in g:
            w = max(d["strength"], g[u][v]["weight"] if g.has_edge(u, v) else 0)
            g.add_edge(u, v, weight=float(w))
    if not ids:
        return Layout()
    raw = spring_positions(g, seed=seed, weight="weight", iterations=60)
    cw, ch = CARD_W + H_GAP * 1.5, CARD_H + V_GAP * 0.8
    side = math.sqrt(2.2 * len(ids) * cw * ch)  # about half of the cells used

    def spread(values: list[float]) -> tuple[float, float]:  # outliers do not stretch the map
        v = sorted(values)
        lo, hi = v[len(v) // 20], v[-1 - len(v) // 20]
        return lo, max(hi - lo, 1e-9)

    (x0, xw), (y0, yh) = spread([p[0] for p in raw.values()]), spread([p[1] for p in raw.values()])
    cols, rows = side / cw, side / ch
    taken: set[tuple[int, int]] = set()
    cells: dict[str, tuple[int, int]] = {}
    for n in sorted(ids, key=lambda n: (-g.degree(n, weight="weight"), n)):
        fx = min(max((raw[n][0] - x0) / xw * cols, -0.5), cols + 0.5)
        fy = min(max((raw[n][1] - y0) / yh * rows, -0.5), rows + 0.5)
        cells[n] = _free_cell(fx, fy, taken)
        taken.add(cells[n])
    x0 = min(c[0] for c in cells.values())
    y0 = min(c[1] for c in cells.values())
    return Layout({n: (origin[0] + (c[0] - x0) * cw, origin[1] + (c[1] - y0) * ch)
                   for n, c in cells.items()})


def _free_cell(fx: float, fy: float, taken: set[tuple[int, int]]) -> tuple[int, int]:
    """The free grid cell nearest to the fractional cell position (fx, fy)."""
    cx, cy = round(fx), round(fy)
    best, best_d, best_ring, ring = None, math.inf, 0, 0
    while best is None or ring <= best_ring + 1:
        for i in range(cx - ring, cx + ring + 1):
            for j in range(cy - ring, cy + ring + 1):
                if max(abs(i - cx), abs(j - cy)) != ring or (i, j) in taken:
                    continue
                d = (i - fx) ** 2 + ((j - fy) * 0.6) ** 2
                if d < best_d:
                    best, best_d, best_ring = (i, j), d, ring
        ring += 1
    return best


# -- stored positions with a fallback -------------------------------------------------------
def resolve_positions(people: dict[str, dict[str, Any]], departments: dict[str, dict[str, Any]],
                      tree: nx.DiGraph) -> Layout:
    """Stored positions (``map_x``/``map_y``; department ``map_x/y/w/h``);
    people without one get the org-chart layout, to the right of the stored
    cards. A department without a stored area gets the fallback layout's
    area, or else the bounding box of its (stored) people."""
    out = Layout()
    missing = {}
    for pid, p in people.items():
        if p.get("map_x") is not None and p.get("map_y") is not None:
            out.positions[pid] = (float(p["map_x"]), float(p["map_y"]))
        else:
            missing[pid] = p
    stored = {d: (dep["map_x"], dep["map_y"], dep["map_w"], dep["map_h"]) for d, dep in departments.items()
              if None not in (dep.get("map_x"), dep.get("map_y"), dep.get("map_w"), dep.get("map_h"))}
    if missing:
        right = max([x + CARD_W for x, _ in out.positions.values()]
                    + [r[0] + r[2] for r in stored.values()], default=-AREA_GAP * 2) + AREA_GAP * 2
        top = min([y for _, y in out.positions.values()] + [r[1] for r in stored.values()], default=0.0)
        extra = org_chart_layout(missing, departments, tree, origin=(right if out.positions else 0.0,
                                                                     top if out.positions else 0.0))
        out.positions.update(extra.positions)
        out.departments.update(extra.departments)
    out.departments.update(stored)
    for d in departments:
        if d in out.departments:
            continue
        cards = [out.positions[pid] for pid, p in people.items() if p.get("department_id") == d]
        if cards:
            x0, y0 = min(c[0] for c in cards) - PAD, min(c[1] for c in cards) - PAD - HEADER
            out.departments[d] = (x0, y0, max(c[0] for c in cards) + CARD_W + PAD - x0,
                                  max(c[1] for c in cards) + CARD_H + PAD - y0)
    return out
