"""Which rows belong to a set of accounts (``sync export --account``):
the accounts, and every row that refers, directly or through its parents,
to a row in scope. Rows that belong to no account (library propositions,
checklist templates) always travel."""

from __future__ import annotations

import sqlite3

from planner.services import kinds


def rows_in_scope(conn: sqlite3.Connection, account_ids: set[str]) -> dict[str, set[str]]:
    scope: dict[str, set[str]] = {kind: set() for kind in kinds.MODELS}
    scope["account"] = set(account_ids)
    refs = {kind: kinds.references(kind) for kind in kinds.MODELS}
    changed = True
    while changed:  # parents before children: a few passes reach the fixpoint
        changed = False
        for kind, fields in refs.items():
            if kind == "account":
                continue
            cols = ", ".join(["id", *fields]) if fields else "id"
            for row in conn.execute(f"SELECT {cols} FROM {kind}"):
                row_id, targets = row[0], row[1:]
                if row_id in scope[kind]:
                    continue
                linked = [t for t in targets if t is not None]
                inside = any(t in scope[target] for t, target in zip(row[1:], fields.values()) if t is not None)
                if inside or (not linked and kind in ("value_proposition", "checklist_template", "offering")):
                    scope[kind].add(row_id)
                    changed = True
    return scope
