"""The whole database as deterministic JSON (``planner dump``).

Live records only (tombstones excluded), sorted by id, keys sorted, dates as
ISO text. ``shared=True`` leaves out what never leaves the laptop (private
data and device-local state): exactly what a teammate would receive."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from planner.services import kinds, values
from planner.services.privacy import shared_view
from planner.services.records import as_dict
from planner.store.database import Database

FORMAT = 1


def dump(db: Database, shared: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT, "shared": shared, "records": {}}
    with db.read() as s:
        for kind in sorted(kinds.MODELS):
            model = kinds.MODELS[kind]
            rows = []
            for row in s.scalars(select(model).where(model.deleted.is_(False)).order_by(model.id)):
                record = {k: values.to_json(v) for k, v in as_dict(row).items()}
                if shared:
                    record = shared_view(kind, record)
                    if record is None:
                        continue
                rows.append(record)
            out["records"][kind] = rows
    return out


def dump_json(db: Database, shared: bool = False) -> str:
    return json.dumps(dump(db, shared), ensure_ascii=False, sort_keys=True, indent=1)
