"""Applying a verified bundle: per-field last-writer-wins by hybrid logical
clock, in one transaction (all or nothing).

For each incoming field ``[value, stamp]``: a newer stamp wins, an older one
loses, an equal stamp is the same write. When the two values differ and
neither side had seen the other's write (decided with the knowledge
vectors), the losing value goes into the conflict list. A delete is the
``deleted`` field like any other, so an older edit cannot undo it; edits
that lose to a delete are listed as conflicts the rep can restore. After the
merge, rows whose required parent is deleted are deleted too, with the
parent's stamp, so every replica reaches the same state."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from json.encoder import encode_basestring as _encode_str
from typing import Any, Callable, Iterable

import sqlalchemy.exc
from sqlalchemy.orm import Session

from planner.models import SyncBundle, SyncPeer
from planner.services import kinds
from planner.services.clock import device_id, load_clock, save_clock
from planner.services.records import PREV
from planner.store.chunks import chunks, placeholders
from planner.store.database import Database
from planner.sync import fastjson
from planner.sync.errors import BundleError
from planner.sync.names import remember, who
from planner.sync.state import device_of, knowledge, knowledge_after, merge_knowledge, save_knowledge
from planner.sync.verify import VerifiedBundle

BATCH = 2000
Progress = Callable[[int], None]


class _DryRun(Exception):
    pass


def _json(value: Any) -> str:
    """JSON text of a stored value (None, number or text), quickly."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return _encode_str(value)
    return json.dumps(value)


def concurrent(older: str, newer: str, newer_prev: str) -> bool:
    """Whether the write ``newer`` was made without having seen ``older``:
    not when it overwrote exactly that write, nor when one device made both
    (a device always sees its own writes)."""
    return newer_prev != older and device_of(older) != device_of(newer)


@dataclass
class ImportReport:
    bundle_id: str
    sender: str
    sender_name: str = ""
    already_imported: bool = False
    dry_run: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    fields_applied: int = 0
    #: kinds and ids written, for the window's change bus
    touched: dict[str, set[str]] = field(default_factory=dict)

    @property
    def sender_label(self) -> str:
        """The sender as people read it: the name its owner gave, with the code."""
        return who(self.sender, {self.sender: self.sender_name})

    def count(self, what: str, kind: str, row_id: str) -> None:
        bucket = getattr(self, what)
        bucket[kind] = bucket.get(kind, 0) + 1
        self.touched.setdefault(kind, set()).add(row_id)

    def as_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "sender": self.sender, "sender_name": self.sender_name,
                "already_imported": self.already_imported, "dry_run": self.dry_run,
                "added": self.added, "updated": self.updated, "deleted": self.deleted,
                "conflicts": self.conflicts, "fields_applied": self.fields_applied}


class _Merger:
    def __init__(self, session: Session, bundle: VerifiedBundle, report: ImportReport) -> None:
        self.conn = session.connection().connection.dbapi_connection
        self.bundle = bundle
        self.report = report
        self.mine = knowledge(session)            # what I knew before this import
        self.theirs = bundle.manifest["knowledge"]
        self.now = datetime.now().replace(microsecond=0).isoformat(sep=" ")
        self.max_stamp = ""
        self.conflicts: list[tuple] = []
        self.log: list[tuple] = []
        self.device = device_id(session)
        # what the cascade must look at (it only needs what this import moved):
        # rows that became deleted, and rows that may now point at a deleted
        # or merged-away parent (inserted live, restored, reference changed)
        self.newly_deleted: dict[str, set[str]] = {}
        self.recheck: dict[str, set[str]] = {}

    def sender_knew(self, stamp: str) -> bool:
        return self.theirs.get(device_of(stamp), "") >= stamp

    def i_knew(self, stamp: str) -> bool:
        return self.mine.get(device_of(stamp), "") >= stamp

    def conflict(self, kind, table, row_id, f, mine, mine_stamp, theirs, theirs_stamp, winner) -> None:
        self.conflicts.append((table, row_id, f, kind, json.dumps(mine), mine_stamp, json.dumps(theirs),
                               theirs_stamp, winner, self.bundle.bundle_id, self.now, ""))

    # -- one table, one batch ----------------------------------------------
    def apply(self, table: str, batch: list[tuple[str, dict[str, list]]]) -> None:
        model = kinds.MODELS[table]
        data_fields = model.data_fields()
        cols = ["id", "clocks", "deleted", *data_fields]
        # read back only the columns the batch writes (rows can be wide)
        wanted = set().union(*(fields for _, fields in batch)) - {"deleted"}
        read = ["id", "clocks", "deleted", *(f for f in data_fields if f in wanted)]
        existing = {}
        for chunk in chunks(row_id for row_id, _ in batch):
            q = f"SELECT {', '.join(read)} FROM {table} WHERE id IN ({placeholders(len(chunk))})"
            for values in self.conn.execute(q, chunk):
                existing[values[0]] = dict(zip(read, values))
        inserts, updates = [], []
        for row_id, incoming in batch:
            for _, stamp, *_ in incoming.values():
                if stamp > self.max_stamp:
                    self.max_stamp = stamp
            row = existing.get(row_id)
            if row is None:
                inserts.append(self._new_row(table, model, row_id, incoming))
                existing[row_id] = inserts[-1]
                self._note(table, row_id, None, inserts[-1]["deleted"], incoming)
            else:
                was_deleted = row["deleted"]
                if self._merge_row(table, row, incoming):
                    updates.append(row)
                    self._note(table, row_id, was_deleted, row["deleted"], row["_dirty"])
        if inserts:
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [[r[c] if c != "clocks" else fastjson.dumps(r["clocks"]) for c in cols] for r in inserts])
        groups: dict[tuple[str, ...], list[list[Any]]] = {}
        for r in updates:  # only the columns that moved, grouped by which
            dirty = tuple(sorted(r.pop("_dirty")))
            groups.setdefault(dirty, []).append([*(r[c] for c in dirty), fastjson.dumps(r["clocks"]), r["id"]])
        for dirty, params in groups.items():
            sets = ", ".join(f"{c} = ?" for c in (*dirty, "clocks"))
            self.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", params)
        self.flush()  # memory stays flat whatever the bundle size

    def _new_row(self, table, model, row_id, incoming) -> dict[str, Any]:
        missing = [f for f in model.data_fields()
                   if kinds.is_required(model.__table__.columns[f]) and f not in incoming]
        if missing:
            raise BundleError(
                f"the bundle builds on data this laptop does not have yet ({table} {row_id[:8]} "
                f"without {missing[0]}); ask the sender for a full bundle (sync export --full)",
                "此文件依赖本机还没有的数据；请对方导出一份完整文件（“导出给同事”时勾选“全部数据”）")
        row: dict[str, Any] = {"id": row_id, "deleted": 0, "clocks": {}}
        for f in model.data_fields():
            default = model.__table__.columns[f].default
            value = default.arg if default is not None else None
            if callable(value):
                value = value(None)
            if isinstance(value, (list, dict)):
                value = json.dumps(value)
            row[f] = value
        for f, (value, stamp, *rest) in incoming.items():
            row[f] = value
            row["clocks"][f] = stamp
            if rest:
                row["clocks"].setdefault(PREV, {})[f] = rest[0]
            self._log(table, row_id, f, None, value, stamp)
        self.report.fields_applied += len(incoming)
        self.report.count("deleted" if row["deleted"] else "added", table, row_id)
        return row

    def _merge_row(self, table: str, row: dict[str, Any], incoming: dict[str, list]) -> bool:
        clocks = row["clocks"] if isinstance(row["clocks"], dict) else fastjson.loads(row["clocks"])
        row["clocks"] = clocks
        was_deleted = bool(row["deleted"])
        value_changed = False
        dirty = row.setdefault("_dirty", set())
        prevs = dict(clocks.get(PREV, {}))
        row_id, applied, log, now = row["id"], 0, self.log.append, self.now
        for f, (value, stamp, *rest) in incoming.items():
            mine_stamp = clocks.get(f, "")
            if stamp == mine_stamp:
                continue
            mine = row.get(f)
            their_prev = rest[0] if rest else ""
            if stamp > mine_stamp:
                if (mine != value and mine_stamp and f != "deleted"
                        and concurrent(mine_stamp, stamp, their_prev)):
                    self.conflict("concurrent", table, row_id, f, mine, mine_stamp, value, stamp, "theirs")
                # logged even when only the stamp moves: delta bundles are
                # built from the log and must relay newer stamps (as _log)
                log((stamp, stamp[19:], now, table, row_id, f, _json(mine), _json(value), "import"))
                if mine != value:
                    value_changed = True
                row[f] = value
                dirty.add(f)
                clocks[f] = stamp
                if their_prev:
                    prevs[f] = their_prev
                else:
                    prevs.pop(f, None)
                applied += 1
            elif (mine != value and f != "deleted" and not self.i_knew(stamp)
                  and concurrent(stamp, mine_stamp, prevs.get(f, ""))):
                self.conflict("concurrent", table, row_id, f, mine, mine_stamp, value, stamp, "mine")
        changed = applied > 0
        self.report.fields_applied += applied
        if prevs:
            clocks[PREV] = prevs
        else:
            clocks.pop(PREV, None)
        now_deleted = bool(row["deleted"])
        if now_deleted and not was_deleted:
            self.report.count("deleted", table, row["id"])
            # edits made here or elsewhere, not by the deleting device, after
            # the record was created: keep them restorable
            stamps = {f: st for f, st in clocks.items() if f != PREV}
            created, deleter = min(stamps.values()), device_of(clocks["deleted"])
            # (a tombstone may carry an older value of the field: still lost)
            lost = [f for f, stamp in stamps.items()
                    if f != "deleted" and stamp != created and device_of(stamp) != deleter
                    and (f not in incoming or incoming[f][1] < stamp)]
            self._keep_restorable(table, row["id"], lost, stamps, clocks["deleted"])
        elif now_deleted and was_deleted:
            for f, (value, stamp, *_) in incoming.items():
                if f != "deleted" and not self.i_knew(stamp):
                    self.conflict("deleted", table, row["id"], f, None, clocks["deleted"], value, stamp, "mine")
        elif value_changed:
            self.report.count("updated", table, row["id"])
        return changed  # a newer stamp for an equal value is still written

    def _note(self, table: str, row_id: str, was_deleted, now_deleted, written) -> None:
        """Remember what the cascade must check about this row (``was_deleted``
        is None for a new row; ``written``: the fields this import wrote)."""
        if now_deleted:
            if not was_deleted:
                self.newly_deleted.setdefault(table, set()).add(row_id)
            if table == "account" and "merged_into_id" in written:
                self.newly_deleted.setdefault(table, set()).add(row_id)  # its rows follow the kept one
        elif was_deleted is None or was_deleted or not written.isdisjoint(kinds.references(table)):
            self.recheck.setdefault(table, set()).add(row_id)

    def _values(self, table: str, row_id: str, fields: list[str]) -> dict[str, Any]:
        row = self.conn.execute(f"SELECT {', '.join(fields)} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return dict(zip(fields, row))

    def _log(self, table, row_id, f, old, new, stamp) -> None:
        self.log.append((stamp, stamp[19:], self.now, table, row_id, f, _json(old), _json(new), "import"))

    def flush(self) -> None:
        if self.conflicts:
            self.conn.executemany(
                "INSERT INTO sync_conflict (table_name, row_id, field, kind, mine_value, mine_stamp, "
                "theirs_value, theirs_stamp, winner, bundle_id, at, resolved) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.conflicts)
            self.report.conflicts += len(self.conflicts)
            self.conflicts.clear()
        if self.log:
            self.conn.executemany(
                "INSERT INTO change_log (stamp, device, at, table_name, row_id, field, old_value, "
                "new_value, op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.log)
            self.log.clear()

    def cascade(self) -> None:
        """Rows that point at a merged account follow it to the kept one;
        live rows whose required parent is deleted are deleted, with the
        parent's delete stamp (the same on every replica). Edits to such a
        child by other devices are kept restorable in the conflict list.
        Before the import no live row had a deleted parent, so only the
        rows this import moved (and their children) need a look."""
        self._follow_merged_accounts()
        deleted, recheck = self.newly_deleted, self.recheck
        while deleted or recheck:
            cascaded: dict[str, set[str]] = {}
            for parent in kinds.MODELS:
                for child, f in kinds.children(parent):
                    base = (f"SELECT c.id, json_extract(p.clocks, '$.deleted'), c.clocks FROM {child} c "
                            f"JOIN {parent} p ON p.id = c.{f} WHERE p.deleted = 1 AND c.deleted = 0")
                    for where, ids in (("p.id", deleted.get(parent)), ("c.id", recheck.get(child))):
                        for rows in _select_in(self.conn, base, where, ids):
                            for row_id, stamp, clocks in rows:
                                self._cascade_delete(child, row_id, fastjson.loads(clocks), stamp)
                                cascaded.setdefault(child, set()).add(row_id)
            deleted, recheck = cascaded, {}

    def _cascade_delete(self, child: str, row_id: str, clocks: dict[str, Any], stamp: str) -> None:
        self._keep_lost_edits(child, row_id, clocks, stamp)
        self.conn.execute(
            f"UPDATE {child} SET deleted = 1, clocks = json_set(clocks, '$.deleted', ?) WHERE id = ?",
            (stamp, row_id))
        self._log(child, row_id, "deleted", 0, 1, stamp)
        self.report.count("deleted", child, row_id)

    def _follow_merged_accounts(self) -> None:
        """A teammate may add a person to an account while I merge it into
        another: the person moves to the kept account instead of vanishing.
        The new stamp is the later of the row's and the merge's, so every
        replica computes the same."""
        for kind in kinds.MODELS:
            if kinds.references(kind).get("account_id") != "account" or kind == "account":
                continue
            base = (f"SELECT c.id, c.account_id, a.merged_into_id, json_extract(a.clocks, '$.deleted'), "
                    f"json_extract(c.clocks, '$.account_id') FROM {kind} c JOIN account a ON a.id = c.account_id "
                    f"JOIN account k ON k.id = a.merged_into_id "
                    f"WHERE a.deleted = 1 AND k.deleted = 0 AND c.deleted = 0")
            for where, ids in (("a.id", self.newly_deleted.get("account")), ("c.id", self.recheck.get(kind))):
                for rows in _select_in(self.conn, base, where, ids):
                    for row_id, old, new, merge_stamp, own_stamp in rows:
                        stamp = max(merge_stamp or "", own_stamp or "")
                        self.conn.execute(
                            f"UPDATE {kind} SET account_id = ?, clocks = json_set(clocks, '$.account_id', ?) "
                            f"WHERE id = ?", (new, stamp, row_id))
                        self._log(kind, row_id, "account_id", old, new, stamp)
                        self.report.count("updated", kind, row_id)

    def _keep_lost_edits(self, kind: str, row_id: str, clocks: dict[str, Any], delete_stamp: str) -> None:
        """The deleting device did not delete this child itself, so it did
        not know it: everything other devices wrote to it stays restorable
        (a person added while a teammate deleted the department, say)."""
        deleter = device_of(delete_stamp)
        lost = [f for f, st in clocks.items() if f not in (PREV, "deleted") and device_of(st) != deleter]
        self._keep_restorable(kind, row_id, lost, clocks, delete_stamp)

    def _keep_restorable(self, kind: str, row_id: str, lost: list[str], stamps: dict[str, Any],
                         delete_stamp: str) -> None:
        """Put the values of ``lost`` fields of a row a delete won over in
        the conflict list, where the rep can bring them back."""
        if not lost:
            return
        values = self._values(kind, row_id, lost)
        for f in lost:
            self.conflict("deleted", kind, row_id, f, values[f], stamps[f], None, delete_stamp, "theirs")


def _select_in(conn: sqlite3.Connection, base: str, column: str, ids: set[str] | None) -> Iterable[list[tuple]]:
    """Rows of the query ``base`` (which has a WHERE) restricted to
    ``column IN ids``, a chunk at a time (each chunk read whole before the
    caller writes)."""
    for chunk in chunks(ids or ()):
        yield conn.execute(f"{base} AND {column} IN ({placeholders(len(chunk))})", chunk).fetchall()


def _batches(records: Iterable[tuple[str, str, dict]]) -> Iterable[tuple[str, list]]:
    """Group consecutive records of one table into batches."""
    table, batch = None, []
    for t, row_id, fields in records:
        if t != table or len(batch) >= BATCH:
            if batch:
                yield table, batch
            table, batch = t, []
        batch.append((row_id, fields))
    if batch:
        yield table, batch


def import_bundle(db: Database, bundle: VerifiedBundle, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportReport:
    """Merge a verified bundle in one transaction. ``dry_run`` computes the
    same report and rolls everything back."""
    names = bundle.manifest.get("names") or {}
    report = ImportReport(bundle.bundle_id, bundle.sender, names.get(bundle.sender, ""), dry_run=dry_run)
    try:
        with db.write() as session:
            if session.get(SyncBundle, bundle.bundle_id) is not None:
                report.already_imported = True
                return report
            merger = _Merger(session, bundle, report)
            if bundle.sender == merger.device:
                report.already_imported = True  # our own bundle: nothing new
                return report
            done = 0
            for table, batch in _batches(bundle.records()):
                merger.apply(table, batch)
                done += len(batch)
                if progress:
                    progress(done)
                if os.environ.get("PLANNER_TEST_SLOW_IMPORT"):
                    time.sleep(float(os.environ["PLANNER_TEST_SLOW_IMPORT"]))
            merger.cascade()
            merger.flush()
            clock = load_clock(session)
            if merger.max_stamp:
                clock.observe(merger.max_stamp)
            save_clock(session, clock)
            save_knowledge(session, knowledge_after(merger.mine, bundle.manifest))
            remember(session, bundle.sender, names)
            peer = session.get(SyncPeer, bundle.sender)
            if peer is None:
                session.add(SyncPeer(device=bundle.sender, knowledge=bundle.manifest["knowledge"],
                                     last_bundle_at=datetime.now()))
            else:
                peer.knowledge = merge_knowledge(peer.knowledge, bundle.manifest["knowledge"])
                peer.last_bundle_at = datetime.now()
            session.add(SyncBundle(bundle_id=bundle.bundle_id, direction="imported",
                                   device=bundle.sender, at=datetime.now(), summary=report.as_json()))
            session.flush()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    except (sqlite3.IntegrityError, sqlalchemy.exc.IntegrityError) as exc:
        raise BundleError(f"the bundle does not fit this database ({exc}); nothing was imported",
                          "此文件与本数据库不符，没有导入任何内容") from None
    return report
