"""Test helper: several laptops (replicas) that edit and exchange bundles."""

from __future__ import annotations

import json
from pathlib import Path

from planner.services import Records
from planner.services.dump import dump
from planner.store import open_database
from planner.sync.export import export_bundle
from planner.sync.service import import_file


class Replica:
    def __init__(self, folder: Path, name: str, wall=None) -> None:
        self.name = name
        self.folder = folder
        self.db = open_database(folder / f"{name}.db")
        self.records = Records(self.db, wall=wall) if wall else Records(self.db)
        self.sent = 0

    def export(self, full: bool = False, passphrase: str | None = None, accounts=None) -> Path:
        self.sent += 1
        path = self.folder / f"{self.name}-{self.sent}.kap"
        export_bundle(self.db, path, accounts=accounts, full=full, passphrase=passphrase)
        return path

    def import_(self, path: Path, passphrase: str | None = None, dry_run: bool = False):
        return import_file(self.db, path, passphrase, dry_run)

    def shared(self) -> str:
        return json.dumps(dump(self.db, shared=True), sort_keys=True, ensure_ascii=False)

    def conflicts(self):
        from planner.sync.conflicts import list_conflicts

        return list_conflicts(self.records)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def exchange_all(replicas: list[Replica], full: bool = True) -> None:
    """Everyone sends everything to everyone (twice, so relays settle)."""
    for _ in range(2):
        bundles = [(r, r.export(full=full)) for r in replicas]
        for sender, path in bundles:
            for r in replicas:
                if r is not sender:
                    r.import_(path)
