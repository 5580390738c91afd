"""Create, read, update, delete and restore records of every kind.

Every write, in one transaction: validates the values and the cross-record
rules, stamps each written field with the hybrid logical clock, appends one
change-log entry per field, and returns a :class:`ChangeSet`.
Deletes are tombstones and cascade to the rows that hang on the deleted one
(a department's people are not deleted: their department is optional).

Threading: safe to call from any thread; writes are serialised by the
database's write lock. The GUI calls it from its database worker.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import ChangeLogEntry, SyncedRecord, new_id
from planner.services import kinds, values
from planner.services.changes import ChangeSet
from planner.services.clock import load_clock, save_clock
from planner.services.errors import NotFound, ValidationError
from planner.services.rules import check_rules
from planner.store.database import Database
from planner.sync.hlc import wall_clock_ms


PREV = "_prev"


def _stamp_field(clocks: dict[str, Any], field: str, stamp: str) -> None:
    """Stamp a field, remembering the stamp it overwrote (``clocks["_prev"]``):
    sync uses it to tell an edit made on top of another from a concurrent one."""
    if field in clocks:
        clocks[PREV] = dict(clocks.get(PREV, {})) | {field: clocks[field]}
    clocks[field] = stamp


def as_dict(row: SyncedRecord) -> dict[str, Any]:
    """A record's id and data fields as plain Python values."""
    out = {"id": row.id}
    for f in row.data_fields():
        out[f] = getattr(row, f)
    return out


class Writer:
    """The writes of one transaction; collects one :class:`ChangeSet`."""

    def __init__(self, session: Session, wall: Callable[[], int]) -> None:
        self.session = session
        self.clock = load_clock(session, wall)
        self.changes = ChangeSet()
        self._now = datetime.now().replace(microsecond=0)

    # -- helpers -------------------------------------------------------
    def _live(self, kind: str, record_id: str) -> SyncedRecord:
        row = self.session.get(kinds.model_for(kind), record_id)
        if row is None or row.deleted:
            raise NotFound(f"no {kind} with id {record_id}")
        return row

    def _check_refs(self, kind: str, given: dict[str, Any]) -> None:
        for field, target in kinds.references(kind).items():
            ref = given.get(field)
            if ref is None:
                continue
            row = self.session.get(kinds.model_for(target), ref)
            if row is None or row.deleted:
                raise ValidationError(f"{kind}.{field}: no {target} with id {ref}")

    def _log(self, stamp: str, op: str, kind: str, record_id: str, field: str,
             old: Any, new: Any) -> None:
        self.session.add(ChangeLogEntry(
            stamp=stamp, device=self.clock.device, at=self._now, table_name=kind,
            row_id=record_id, field=field, old_value=values.to_json(old),
            new_value=values.to_json(new), op=op))

    def _validated(self, kind: str, given: dict[str, Any]) -> dict[str, Any]:
        return {f: values.check(kind, f, v) for f, v in given.items()}

    # -- writes --------------------------------------------------------
    def create(self, kind: str, given: dict[str, Any], record_id: str | None = None) -> str:
        model = kinds.model_for(kind)
        checked = self._validated(kind, given)
        for f in model.data_fields():
            col = model.__table__.columns[f]
            if kinds.is_required(col) and checked.get(f) is None:
                raise ValidationError(f"{kind}.{f} is required")
        record_id = record_id or new_id()
        if self.session.get(model, record_id) is not None:
            raise ValidationError(f"{kind} {record_id} exists already")
        row = model(id=record_id, deleted=False, **checked)
        # apply column defaults now so the rules and the log see real values
        for f in model.data_fields():
            if getattr(row, f) is None:
                default = model.__table__.columns[f].default
                if default is not None:
                    setattr(row, f, default.arg(None) if callable(default.arg) else default.arg)
        full = as_dict(row)
        self._check_refs(kind, full)
        check_rules(self.session, kind, full)
        stamp = self.clock.now().encode()
        row.clocks = {f: stamp for f in [*model.data_fields(), "deleted"]}
        self.session.add(row)
        for f in model.data_fields():
            self._log(stamp, "create", kind, record_id, f, None, full[f])
        self.session.flush()
        self.changes.add("created", kind, record_id, set(model.data_fields()))
        return record_id

    def update(self, kind: str, record_id: str, given: dict[str, Any], rules: bool = True) -> set[str]:
        """``rules=False`` defers the cross-record rules to the caller (a
        merge re-points many rows; only the end state must be consistent)."""
        row = self._live(kind, record_id)
        fixed = kinds.IMMUTABLE.get(kind, frozenset())
        checked = self._validated(kind, given)
        changed = {f: v for f, v in checked.items() if getattr(row, f) != v}
        if not changed:
            return set()
        moved = fixed & changed.keys()
        if moved:
            raise ValidationError(f"{kind}.{sorted(moved)[0]} cannot be changed once set")
        full = as_dict(row) | changed
        self._check_refs(kind, changed)
        if rules:
            check_rules(self.session, kind, full)
        stamp = self.clock.now().encode()
        clocks = dict(row.clocks)
        for f, v in changed.items():
            self._log(stamp, "update", kind, record_id, f, getattr(row, f), v)
            setattr(row, f, v)
            _stamp_field(clocks, f, stamp)
        row.clocks = clocks
        self.session.flush()
        self.changes.add("updated", kind, record_id, set(changed))
        return set(changed)

    def _set_deleted(self, row: SyncedRecord, kind: str, deleted: bool, stamp: str) -> None:
        self._log(stamp, "delete" if deleted else "restore", kind, row.id, "deleted",
                  row.deleted, deleted)
        row.deleted = deleted
        clocks = dict(row.clocks)
        _stamp_field(clocks, "deleted", stamp)
        row.clocks = clocks
        self.changes.add("deleted" if deleted else "created", kind, row.id, {"deleted"})

    def delete(self, kind: str, record_id: str) -> None:
        row = self._live(kind, record_id)
        stamp = self.clock.now().encode()
        self._cascade(kind, row, stamp)
        self.session.flush()

    def _cascade(self, kind: str, row: SyncedRecord, stamp: str) -> None:
        self._set_deleted(row, kind, True, stamp)
        for child_kind, field in kinds.children(kind):
            model = kinds.model_for(child_kind)
            live = self.session.scalars(select(model).where(
                getattr(model, field) == row.id, model.deleted.is_(False))).all()
            for child in live:
                self._cascade(child_kind, child, stamp)

    def restore(self, kind: str, record_id: str) -> None:
        """Undo a delete (the undo of a delete restores every id it removed)."""
        row = self.session.get(kinds.model_for(kind), record_id)
        if row is None:
            raise NotFound(f"no {kind} with id {record_id}")
        if row.deleted:
            model = kinds.model_for(kind)
            for field, parent_kind in kinds.references(kind).items():
                parent_id = getattr(row, field)
                if parent_id and not model.__table__.columns[field].nullable:
                    parent = self.session.get(kinds.model_for(parent_kind), parent_id)
                    if parent is not None and parent.deleted:
                        self.restore(parent_kind, parent_id)  # a child never lives under a deleted parent
            self._set_deleted(row, kind, False, self.clock.now().encode())
            self.session.flush()

    def finish(self) -> None:
        save_clock(self.session, self.clock)


class Records:
    """The record service over one database."""

    def __init__(self, db: Database, wall: Callable[[], int] = wall_clock_ms) -> None:
        self.db = db
        self.wall = wall

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """Several writes in one transaction (all or nothing)."""
        with self.db.write() as session:
            writer = Writer(session, self.wall)
            yield writer
            writer.finish()

    # one write, one transaction ------------------------------------------
    def create(self, kind: str, given: dict[str, Any], record_id: str | None = None) -> tuple[str, ChangeSet]:
        with self.transaction() as w:
            new = w.create(kind, given, record_id)
        return new, w.changes

    def update(self, kind: str, record_id: str, given: dict[str, Any]) -> ChangeSet:
        with self.transaction() as w:
            w.update(kind, record_id, given)
        return w.changes

    def delete(self, kind: str, record_id: str) -> ChangeSet:
        with self.transaction() as w:
            w.delete(kind, record_id)
        return w.changes

    def restore(self, deleted: dict[str, set[str]]) -> ChangeSet:
        with self.transaction() as w:
            for kind, ids in deleted.items():
                for record_id in sorted(ids):
                    w.restore(kind, record_id)
        return w.changes

    # reads -------------------------------------------------------------
    def get(self, kind: str, record_id: str) -> dict[str, Any]:
        with self.db.read() as s:
            row = s.get(kinds.model_for(kind), record_id)
            if row is None or row.deleted:
                raise NotFound(f"no {kind} with id {record_id}")
            return as_dict(row)

    def list(self, kind: str, **where: Any) -> list[dict[str, Any]]:
        model = kinds.model_for(kind)
        for f in where:
            kinds.column(kind, f)
        with self.db.read() as s:
            q = select(model).where(model.deleted.is_(False))
            for f, v in where.items():
                q = q.where(getattr(model, f) == v)
            return [as_dict(r) for r in s.scalars(q.order_by(model.id))]
