"""Automatic layouts for the map editor, computed on the worker from what is
stored: :func:`compute` returns a :class:`planner.graph.layout.Layout`.

Threading: runs on the worker (reads the database, pure layout code)."""

from __future__ import annotations

from planner.graph.build import influence_graph, load_account, org_tree
from planner.graph.layout import Layout, force_layout, org_chart_layout
from planner.store.database import Database

KINDS = ("org_chart", "force")


def compute(db: Database, account_id: str, kind: str) -> Layout:
    data = load_account(db, account_id, include_left=True)
    names = {pid: p["name"] for pid, p in data.people.items()}
    if kind == "force":
        return force_layout(data.people, influence_graph(data.people, data.lines))
    return org_chart_layout(data.people, data.departments, org_tree(data.people, data.lines, names))
