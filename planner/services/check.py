"""``planner check``: SQLite's integrity check plus the model's invariants.

Returns a list of problems in plain words; an empty list means sound."""

from __future__ import annotations

from sqlalchemy import select, text

from planner.services import kinds, values
from planner.services.errors import ValidationError
from planner.services.records import as_dict
from planner.services.rules import check_rules
from planner.store.database import Database
from planner.sync.hlc import Stamp


def check_database(db: Database) -> list[str]:
    problems: list[str] = []
    with db.read() as s:
        result = s.execute(text("PRAGMA integrity_check")).scalars().all()
        if result != ["ok"]:
            problems += [f"SQLite integrity: {r}" for r in result]
        for row in s.execute(text("PRAGMA foreign_key_check")).all():
            problems.append(f"{row[0]} row {row[1]} points to a missing {row[2]}")
        live: dict[str, set[str]] = {}
        for kind, model in kinds.MODELS.items():
            live[kind] = set(s.scalars(select(model.id).where(model.deleted.is_(False))))
        for kind, model in sorted(kinds.MODELS.items()):
            refs = kinds.references(kind)
            for row in s.scalars(select(model).where(model.deleted.is_(False))):
                record = as_dict(row)
                where = f"{kind} {row.id}"
                for field, value in record.items():
                    if field == "id":
                        continue
                    try:
                        values.check(kind, field, value)
                    except ValidationError as exc:
                        problems.append(f"{where}: {exc}")
                for field, target in refs.items():
                    ref = record[field]
                    required = not model.__table__.columns[field].nullable
                    if ref is not None and required and ref not in live[target]:
                        problems.append(f"{where}: {field} points to a deleted or missing {target}")
                try:
                    check_rules(s, kind, record)
                except ValidationError as exc:
                    problems.append(f"{where}: {exc}")
                for field, stamp in (row.clocks or {}).items():
                    if field == "_prev":
                        continue
                    try:
                        Stamp.decode(stamp)
                    except (ValueError, AttributeError):
                        problems.append(f"{where}: bad clock stamp on {field}")
    from planner.search import verify as verify_search_index

    problems += verify_search_index(db)
    return problems
