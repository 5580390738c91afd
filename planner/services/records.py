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

from sqlalchemy import UniqueConstraint, event, select
from sqlalchemy.orm import Session

from planner.models import ChangeLogEntry, SyncedRecord, new_id
from planner.services import kinds, values
from planner.services.changes import ChangeSet
from planner.services.clock import load_clock, save_clock
from planner.services.errors import NotFound, ValidationError
from planner.services.rules import check_rules
from planner.store.chunks import chunks
from planner.store.database import Database
from planner.sync.hlc import wall_clock_ms


PREV = "_prev"

_LOG_COLUMNS = ("stamp", "device", "at", "table_name", "row_id", "field", "old_value", "new_value", "op")
_LOG_SQL = (f"INSERT INTO {ChangeLogEntry.__tablename__} ({', '.join(_LOG_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _LOG_COLUMNS)})")


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


class _Kind:
    """What a write needs to know about one kind's columns, worked out once."""

    def __init__(self, kind: str) -> None:
        model = kinds.model_for(kind)
        table = model.__table__
        self.model = model
        self.fields: tuple[str, ...] = tuple(model.data_fields())
        self.field_set = frozenset(self.fields)
        self.required = tuple(f for f in self.fields if kinds.is_required(table.columns[f]))
        self.defaults = {f: table.columns[f].default for f in self.fields
                         if table.columns[f].default is not None}
        self.references = kinds.references(kind)
        self.immutable = kinds.IMMUTABLE.get(kind, frozenset())
        #: a table with a UNIQUE constraint besides the id: a write is flushed
        #: at once so a duplicate fails in the call that made it
        self.unique = (any(isinstance(c, UniqueConstraint) for c in table.constraints)
                       or any(ix.unique for ix in table.indexes))


_KINDS: dict[str, _Kind] = {}


class _RulesView:
    """The session as the cross-record rules see it: ``get`` of a record
    goes through the writer, which knows the rows of this transaction
    (pending ones too, without a flush); everything else is the session."""

    def __init__(self, writer: "Writer") -> None:
        self._writer = writer
        self._session = writer.session

    def get(self, model: Any, ident: Any, **kwargs: Any) -> Any:
        if kwargs or not (isinstance(model, type) and issubclass(model, SyncedRecord)):
            return self._session.get(model, ident, **kwargs)
        return self._writer._get(model, ident)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def _kind(kind: str) -> _Kind:
    k = _KINDS.get(kind)
    if k is None:
        k = _KINDS[kind] = _Kind(kind)
    return k


class Writer:
    """The writes of one transaction; collects one :class:`ChangeSet`.

    Writes are batched: records are flushed by the session when a query
    needs them (autoflush) or at commit, not one by one (tables with a
    UNIQUE constraint are the exception, so a duplicate is refused by the
    call that wrote it); change-log rows are collected and inserted with one
    statement before anything on this transaction's connection reads or
    writes ``change_log``, and at the end of the transaction. The writer
    keeps the rows it wrote or read, so later lookups in the same
    transaction find them without asking the database.

    ORM queries and ``session.execute`` flush pending rows first by
    themselves; plain SQL on ``session.connection()`` does not, so call
    ``session.flush()`` before such a read of records written here."""

    def __init__(self, session: Session, wall: Callable[[], int]) -> None:
        self.session = session
        self.clock = load_clock(session, wall)
        self.changes = ChangeSet()
        self._now = datetime.now().replace(microsecond=0)
        self._rows: dict[tuple[type, str], SyncedRecord] = {}
        self._rules_view = _RulesView(self)
        self._log_rows: list[tuple[Any, ...]] = []
        conn = session.connection()
        dialect = conn.dialect
        self._json = ChangeLogEntry.__table__.c.new_value.type.dialect_impl(dialect).bind_processor(dialect)
        at = ChangeLogEntry.__table__.c.at.type.dialect_impl(dialect).bind_processor(dialect)
        self._at = at(self._now) if at else self._now
        self._null = self._json(None)
        self._conn = conn
        event.listen(conn, "before_cursor_execute", self._before_sql)

    # -- helpers -------------------------------------------------------
    def _get(self, model: type[SyncedRecord], record_id: str) -> SyncedRecord | None:
        row = self._rows.get((model, record_id))
        if row is None:
            # Rows this writer added are in self._rows, so a row missing there
            # is in the database or nowhere: look without flushing first, and
            # flush only when that finds nothing (a row someone added to the
            # session directly is still found, as it was before).
            with self.session.no_autoflush:
                row = self.session.get(model, record_id)
            if row is None:
                row = self.session.get(model, record_id)
            if row is not None:
                self._rows[(model, record_id)] = row
        return row

    def preload(self, kind: str, ids: set[str]) -> None:
        """Read these rows in bulk into the writer's identity map."""
        model = kinds.model_for(kind)
        with self.session.no_autoflush:
            for chunk in chunks(i for i in ids if (model, i) not in self._rows):
                for row in self.session.scalars(select(model).where(model.id.in_(chunk))):
                    self._rows[(model, row.id)] = row

    def _live(self, kind: str, record_id: str) -> SyncedRecord:
        row = self._get(_kind(kind).model, record_id)
        if row is None or row.deleted:
            raise NotFound(f"no {kind} with id {record_id}")
        return row

    def _check_refs(self, kind: str, given: dict[str, Any]) -> None:
        for field, target in _kind(kind).references.items():
            ref = given.get(field)
            if ref is None:
                continue
            row = self._get(kinds.model_for(target), ref)
            if row is None or row.deleted:
                raise ValidationError(f"{kind}.{field}: no {target} with id {ref}")

    def _log(self, stamp: str, op: str, kind: str, record_id: str, field: str,
             old: Any, new: Any) -> None:
        self._log_rows.append((stamp, self.clock.device, self._at, kind, record_id, field,
                               self._json(values.to_json(old)), self._json(values.to_json(new)), op))

    def _write_log(self, dbapi_conn: Any) -> None:
        rows, self._log_rows = self._log_rows, []
        if rows:
            dbapi_conn.executemany(_LOG_SQL, rows)

    def _before_sql(self, conn, cursor, statement, parameters, context, executemany) -> None:
        """Anything that reads or writes the change log on this transaction's
        connection sees the entries written so far, in order."""
        if self._log_rows and "change_log" in statement:
            self._write_log(cursor.connection)

    def _validated(self, kind: str, given: dict[str, Any]) -> dict[str, Any]:
        return {f: values.check(kind, f, v) for f, v in given.items()}

    # -- writes --------------------------------------------------------
    def create(self, kind: str, given: dict[str, Any], record_id: str | None = None) -> str:
        k = _kind(kind)
        model = k.model
        checked = self._validated(kind, given)
        for f in k.required:
            if checked.get(f) is None:
                from planner.labels import field_label, kind_label

                raise ValidationError(f"{kind}.{f} is required",
                                      f"{kind_label(kind, 'zh')}必须填写“{field_label(f, 'zh', kind)}”")
        if record_id:
            if self._get(model, record_id) is not None:
                raise ValidationError(f"{kind} {record_id} exists already")
        else:
            record_id = new_id()  # a fresh random UUID: nobody has it yet
        row = model(id=record_id, deleted=False, **checked)
        full: dict[str, Any] = {"id": record_id}
        # apply column defaults now so the rules and the log see real values
        for f in k.fields:
            v = checked.get(f)
            if v is None:
                default = k.defaults.get(f)
                if default is not None:
                    v = default.arg(None) if callable(default.arg) else default.arg
                    setattr(row, f, v)
            full[f] = v
        self._check_refs(kind, full)
        check_rules(self._rules_view, kind, full)
        stamp = self.clock.now().encode()
        row.clocks = dict.fromkeys((*k.fields, "deleted"), stamp)
        self.session.add(row)
        self._rows[(model, record_id)] = row
        device, at, null, to_json, json = self.clock.device, self._at, self._null, values.to_json, self._json
        self._log_rows.extend((stamp, device, at, kind, record_id, f, null, json(to_json(full[f])), "create")
                              for f in k.fields)
        if k.unique:
            self.session.flush()
        self.changes.add("created", kind, record_id, set(k.fields))
        return record_id

    def update(self, kind: str, record_id: str, given: dict[str, Any], rules: bool = True) -> set[str]:
        """``rules=False`` defers the cross-record rules to the caller (a
        merge re-points many rows; only the end state must be consistent)."""
        k = _kind(kind)
        row = self._live(kind, record_id)
        checked = self._validated(kind, given)
        changed = {f: v for f, v in checked.items() if getattr(row, f) != v}
        if not changed:
            return set()
        moved = k.immutable & changed.keys()
        if moved:
            raise ValidationError(f"{kind}.{sorted(moved)[0]} cannot be changed once set")
        full = as_dict(row) | changed
        self._check_refs(kind, changed)
        if rules:
            check_rules(self._rules_view, kind, full)
        stamp = self.clock.now().encode()
        clocks = dict(row.clocks)
        for f, v in changed.items():
            self._log(stamp, "update", kind, record_id, f, getattr(row, f), v)
            setattr(row, f, v)
            _stamp_field(clocks, f, stamp)
        row.clocks = clocks
        if k.unique:
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
        # the cascade only reads references, which it never changes: no flush
        # before each of its queries (a big account's 16k rows flushed 6k times)
        with self.session.no_autoflush:
            self._cascade(kind, row, stamp)

    def _cascade(self, kind: str, row: SyncedRecord, stamp: str) -> None:
        self._set_deleted(row, kind, True, stamp)
        for child_kind, field in kinds.children(kind):
            model = kinds.model_for(child_kind)
            # by the reference alone, so SQLite walks its index (a condition
            # on 'deleted' makes it scan every live row of the table instead)
            hanging = self.session.scalars(select(model).where(getattr(model, field) == row.id)).all()
            for child in hanging:
                if child.deleted:
                    continue
                self._rows[(model, child.id)] = child
                self._cascade(child_kind, child, stamp)

    def restore(self, kind: str, record_id: str) -> None:
        """Undo a delete (the undo of a delete restores every id it removed)."""
        row = self._get(kinds.model_for(kind), record_id)
        if row is None:
            raise NotFound(f"no {kind} with id {record_id}")
        if row.deleted:
            model = kinds.model_for(kind)
            for field, parent_kind in _kind(kind).references.items():
                parent_id = getattr(row, field)
                if parent_id and not model.__table__.columns[field].nullable:
                    parent = self._get(kinds.model_for(parent_kind), parent_id)
                    if parent is not None and parent.deleted:
                        self.restore(parent_kind, parent_id)  # a child never lives under a deleted parent
            self._set_deleted(row, kind, False, self.clock.now().encode())

    def finish(self) -> None:
        """Write what is still collected (called before the commit)."""
        self._write_log(self._conn.connection.driver_connection)
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
                w.preload(kind, ids)  # one query per 500 rows, not one per row
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
