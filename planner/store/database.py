"""Opening the database file safely.

``open_database`` refuses, with a clear :class:`StoreError` and without
writing anything, a path that cannot be created, a file that is not a SQLite
database, a damaged database, and a database from a newer version of the
application. It backs the file up before migrating an existing database.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from planner.store import migrations
from planner.store.backup import copy_database
from planner.store.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    #: serialises writers inside this process (one writer, shared/STYLE.md)
    write_lock: threading.RLock = field(default_factory=threading.RLock)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: commits on success, rolls back on error.
        ``BEGIN IMMEDIATE`` takes SQLite's write lock up front, so a second
        process waits (busy timeout) instead of failing half-way."""
        with self.write_lock, self.sessions() as session:
            session.connection(execution_options={"begin": "BEGIN IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a planner database (it is not a SQLite file). Nothing was changed.")


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}") from None
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")


def _raw_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _migrate(path: Path) -> None:
    existed = path.exists() and path.stat().st_size > 0
    latest = migrations.latest_version()
    try:
        conn = _raw_connect(path)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}") from None
    try:
        # A full quick_check reads the whole file (0.8 s for 1 GB): it runs
        # before a migration and in 'planner check', not on every start.
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = _has_tables(conn)
            if existed and version < latest:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise StoreError(f"{path} is damaged ({ok}). Restore a backup with 'planner restore'. Nothing was changed.")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is damaged or not a planner database ({exc}). Nothing was changed.") from None
        if version > latest:
            raise StoreError(
                f"{path} was written by a newer version of the planner (schema {version}; "
                f"this version knows up to {latest}). Update the application; nothing was changed.")
        if existed and version == 0 and has_tables:
            raise StoreError(f"{path} is a SQLite file, but not a planner database. Nothing was changed.")
        if version < latest:
            if existed:
                copy_database(path, path.with_name(f"{path.name}.before-schema-{latest}.bak"))
            try:
                migrations.apply(conn, version)
            except sqlite3.Error as exc:
                raise StoreError(f"Upgrading {path} failed ({exc}); the file was left as it was.") from None
        conn.execute("PRAGMA journal_mode = WAL")
        _refresh_statistics(conn)
    finally:
        conn.close()


def _refresh_statistics(conn: sqlite3.Connection) -> None:
    """Sampled table statistics (about 10 ms even for a 1 GB file), so the
    query planner knows that ``deleted`` says little and an account's rows
    are best found by ``account_id`` (without them it picked the ``deleted``
    index and scanned every live row: 125 ms instead of 3 ms for an account's
    visits on the benchmark data). Skipped when another program is writing."""
    try:
        conn.execute("PRAGMA analysis_limit = 400")
        conn.execute("ANALYZE")
        if conn.in_transaction:
            conn.commit()
    except sqlite3.OperationalError:
        pass


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # let SQLAlchemy's explicit BEGIN control transactions
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 10000")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def open_database(path: str | Path) -> Database:
    path = Path(path)
    _prepare_folder(path)
    if path.exists():
        _check_header(path)
    _migrate(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # reads get a plain BEGIN, writers BEGIN IMMEDIATE
        conn.exec_driver_sql(conn.get_execution_options().get("begin", "BEGIN"))

    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
