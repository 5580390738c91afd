"""Keeping the index in step: working off the queue, rebuilding, checking.

The triggers of migration 0003 queue every written record; ``refresh``
re-indexes the queued records and empties the queue in the same
transaction, in batches (a crash keeps what was done; the rest stays
queued). ``rebuild`` starts over from the records; ``verify`` lists what
is wrong (for ``planner check``).

Threading: any thread; each batch is one write transaction.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Callable

from planner.search import documents, schema
from planner.search.tokens import VERSION, index_terms
from planner.store.database import Database

BATCH = 2000
Progress = Callable[[int, int], None]  # done, total

_FTS_COLUMNS = "title, body, secret, pinyin"  # stored in search_doc; FTS adds scope


def _dbapi(session) -> sqlite3.Connection:
    return session.connection().connection.dbapi_connection


def ensure_schema(db: Database) -> bool:
    """Create the index if this database lacks it (a file that reached a
    later schema version without migration 0003: a development build
    reserved the number). Returns whether it had to."""
    with db.read() as s:
        if _dbapi(s).execute("SELECT 1 FROM sqlite_master WHERE name = 'search_meta'").fetchone():
            return False
    from planner.store import migrations

    (migration,) = [m for m in migrations.available() if m.path.name == "0003_search_index.sql"]
    with db.write() as s:
        conn = _dbapi(s)
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_meta'").fetchone():
            for statement in migration.statements():
                conn.execute(statement)
    return True


def pending(db: Database) -> int:
    """How many records wait to be (re)indexed."""
    ensure_schema(db)
    with db.read() as s:
        conn = _dbapi(s)
        if _version(conn) != VERSION:
            return -1
        return conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0]


def _version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM search_meta WHERE key = 'version'").fetchone()
    return row[0] if row else None


def _reset(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_doc")
    conn.execute("DELETE FROM search_dirty")
    for statement in schema.fill():
        conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('version', ?)", (VERSION,))


def _index_batch(conn: sqlite3.Connection, queued: list[tuple[str, str]]) -> None:
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id in queued:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():
        marks = ", ".join("?" * len(ids))
        old = conn.execute(f"SELECT doc_id, record_id, {_FTS_COLUMNS}, account_id, private FROM search_doc "
                           f"WHERE kind = ? AND record_id IN ({marks})", [kind, *ids]).fetchall()
        if old:  # a contentless table forgets a row given the terms it indexed
            conn.executemany(
                f"INSERT INTO search_fts (search_fts, rowid, {_FTS_COLUMNS}, scope) "
                "VALUES ('delete', ?, ?, ?, ?, ?, ?)",
                [(r[0], *map(index_terms, r[2:6]), documents.scope_terms(kind, r[6], bool(r[7]))) for r in old])
            conn.execute(f"DELETE FROM search_doc WHERE kind = ? AND record_id IN ({marks})", [kind, *ids])
        fresh = documents.load(conn, kind, ids) if kind in schema.KINDS else []
        for d in fresh:
            cur = conn.execute(
                f"INSERT INTO search_doc (doc_id, kind, record_id, account_id, private, {_FTS_COLUMNS}) "
                "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",  # a new doc_id: the newest rows come first
                (d.kind, d.record_id, d.account_id, d.private, *d.texts()))
            conn.execute(f"INSERT INTO search_fts (rowid, {_FTS_COLUMNS}, scope) VALUES (?, ?, ?, ?, ?, ?)",
                         (cur.lastrowid, *map(index_terms, d.texts()),
                          documents.scope_terms(d.kind, d.account_id, d.private)))
        conn.execute(f"DELETE FROM search_dirty WHERE kind = ? AND record_id IN ({marks})", [kind, *ids])


def _queue_in_table_order(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """The queue, each kind in its table's storage order (reading 300,000
    records in random order costs minutes on a cold disk)."""
    out: list[tuple[str, str]] = []
    for kind in schema.KINDS:
        out += [(kind, r[0]) for r in conn.execute(
            f"SELECT q.record_id FROM search_dirty q LEFT JOIN {kind} t ON t.id = q.record_id "
            "WHERE q.kind = ? ORDER BY t.rowid", (kind,))]
    out += conn.execute(f"SELECT kind, record_id FROM search_dirty WHERE kind NOT IN "
                        f"({', '.join('?' * len(schema.KINDS))})", schema.KINDS).fetchall()
    return out


def refresh(db: Database, progress: Progress | None = None) -> int:
    """Index every queued record; returns how many were processed.
    Takes the write lock only when something is queued, one batch at a time."""
    if pending(db) == 0:
        return 0
    done = 0
    while True:
        with db.write() as s:
            conn = _dbapi(s)
            if _version(conn) != VERSION:
                _reset(conn)
            queue = _queue_in_table_order(conn)
        if not queue:
            return done
        total = done + len(queue)
        for i in range(0, len(queue), BATCH):
            with db.write() as s:  # a record queued again meanwhile is simply indexed again
                _index_batch(_dbapi(s), queue[i:i + BATCH])
            done += len(queue[i:i + BATCH])
            if progress:
                progress(done, total)


def _missing_triggers(conn: sqlite3.Connection) -> list[str]:
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [t for t in schema.triggers() if t.split()[2] not in have]


def rebuild(db: Database, progress: Progress | None = None) -> int:
    """Throw the index away and build it again from the records (and put
    back any trigger that was dropped)."""
    with db.write() as s:
        conn = _dbapi(s)
        for statement in _missing_triggers(conn):
            conn.execute(statement)
        _reset(conn)
    return refresh(db, progress)


def verify(db: Database, deep: bool = True) -> list[str]:
    """Problems with the index, in plain words (empty: in step).

    Checks FTS5's own structure, that every live record has a document and
    no other record has one (unless queued), and with ``deep`` that each
    document still says what its record says (a missed write)."""
    problems: list[str] = []
    hint = " (run 'planner search --rebuild')"
    ensure_schema(db)
    with db.write() as s:  # FTS5's integrity check is an INSERT (it writes nothing)
        conn = _dbapi(s)
        if _version(conn) != VERSION:
            return []  # rebuilt on the next search
        for statement in _missing_triggers(conn):
            problems.append(f"search index: trigger {statement.split()[2]} is missing{hint}")
        try:
            conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index: damaged ({exc}){hint}")
        n_docs = conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
        n_fts = conn.execute("SELECT count(*) FROM search_fts_docsize").fetchone()[0]
        if n_docs != n_fts:
            problems.append(f"search index: {n_fts} indexed rows for {n_docs} documents{hint}")
        for kind in schema.KINDS:
            queued = {r[0] for r in conn.execute("SELECT record_id FROM search_dirty WHERE kind = ?", (kind,))}
            live = {r[0] for r in conn.execute(f"SELECT id FROM {kind} WHERE deleted = 0")} - queued
            docs = {r[0]: r[1:] for r in conn.execute(
                f"SELECT record_id, account_id, private, {_FTS_COLUMNS} FROM search_doc WHERE kind = ?", (kind,))
                if r[0] not in queued}
            missing, extra = live - docs.keys(), docs.keys() - live
            if missing:
                problems.append(f"search index: {len(missing)} {kind} record(s) missing, e.g. {min(missing)}{hint}")
            if extra:
                problems.append(f"search index: {len(extra)} deleted {kind} record(s) still found, "
                                f"e.g. {min(extra)}{hint}")
            if deep:
                ids = sorted(live & docs.keys())
                stale = [d.record_id for d in documents.load(conn, kind, ids)
                         if (d.account_id, d.private, *d.texts()) != tuple(docs[d.record_id])]
                if stale:
                    problems.append(f"search index: {len(stale)} {kind} record(s) out of date, "
                                    f"e.g. {min(stale)}{hint}")
    return problems
