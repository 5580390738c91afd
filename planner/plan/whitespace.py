"""The whitespace grid: the account's departments (business units) against
our offering catalogue, each cell marked installed / competitor / open
opportunity / no need / unknown.

A cell's id is a UUIDv5 of (department, offering): marking the same cell on
two laptops gives the same record, which sync merges field by field. An
unmarked cell has no record and reads as ``unknown``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from planner.models import Department, Offering, WhitespaceCell
from planner.services.changes import ChangeSet
from planner.services.records import Records, as_dict
from planner.store.database import Database
from planner.text.sortkey import sort_key

_NAMESPACE = uuid.UUID("2f0c6e8a-9d41-5b7e-a3c2-61d8e4b0f915")
#: the fields a cell's state is made of (what undo restores)
CELL_FIELDS = ("state", "opportunity_id", "note")


def cell_id(department_id: str, offering_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{department_id}/{offering_id}"))


def offerings(db: Database) -> list[dict[str, Any]]:
    """The live offering catalogue in its order."""
    with db.read() as s:
        rows = [as_dict(o) for o in s.scalars(select(Offering).where(Offering.deleted.is_(False)))]
    return sorted(rows, key=lambda o: (o["position"], sort_key(o["name"])))


def grid(db: Database, account_id: str) -> dict[str, Any]:
    """``departments`` (rows, in tree order: parents before children),
    ``offerings`` (columns) and ``cells``: (department id, offering id) ->
    the cell record, for marked cells only."""
    with db.read() as s:
        deps = [as_dict(d) for d in s.scalars(select(Department).where(
            Department.account_id == account_id, Department.deleted.is_(False)))]
        cells = {(c.department_id, c.offering_id): as_dict(c) for c in s.scalars(select(WhitespaceCell).where(
            WhitespaceCell.account_id == account_id, WhitespaceCell.deleted.is_(False)))}
    return {"departments": _tree_order(deps), "offerings": offerings(db), "cells": cells}


def _tree_order(deps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {d["id"] for d in deps}
    kids: dict[str | None, list[dict[str, Any]]] = {}
    for d in deps:
        parent = d["parent_id"] if d["parent_id"] in ids else None
        kids.setdefault(parent, []).append(d)
    out: list[dict[str, Any]] = []

    def walk(parent: str | None, depth: int) -> None:
        for d in sorted(kids.get(parent, []), key=lambda d: sort_key(d["name"])):
            out.append(d | {"depth": depth})
            walk(d["id"], depth + 1)
    walk(None, 0)
    return out


def cell_state(db: Database, department_id: str, offering_id: str) -> dict[str, Any] | None:
    """The cell's state fields, or None when it is not marked (no live record)."""
    with db.read() as s:
        row = s.get(WhitespaceCell, cell_id(department_id, offering_id))
        if row is None or row.deleted:
            return None
        return {f: getattr(row, f) for f in CELL_FIELDS}


def set_cell(records: Records, account_id: str, department_id: str, offering_id: str,
             values: dict[str, Any] | None) -> ChangeSet:
    """Mark a cell (``values``: some of CELL_FIELDS), or clear it (None),
    in one transaction. A cleared cell is a tombstone that marking brings back."""
    record_id = cell_id(department_id, offering_id)
    with records.transaction() as w:
        row = w.session.get(WhitespaceCell, record_id)
        if values is None:
            if row is not None and not row.deleted:
                w.delete("whitespace_cell", record_id)
        elif row is None:
            w.create("whitespace_cell", {"account_id": account_id, "department_id": department_id,
                                         "offering_id": offering_id, **values}, record_id=record_id)
        else:
            if row.deleted:
                w.restore("whitespace_cell", record_id)
            w.update("whitespace_cell", record_id, values)
    return w.changes


def summary(g: dict[str, Any]) -> dict[str, int]:
    """How many cells of the grid are in each state (unmarked = unknown)."""
    from planner import vocab

    out = {state: 0 for state in vocab.WHITESPACE_STATE.values}
    for dep in g["departments"]:
        for off in g["offerings"]:
            cell = g["cells"].get((dep["id"], off["id"]))
            out[cell["state"] if cell else "unknown"] += 1
    return out
