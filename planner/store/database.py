"""Opening the database file safely.

``open_database`` refuses, with a clear :class:`StoreError` and without
writing anything, a path that cannot be created, a file that is not a SQLite
database, a damaged database, and a database from a newer version of the
application. It backs the file up before migrating an existing database.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import sqlalchemy.exc
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
            try:
                session.connection(execution_options={"begin": "BEGIN IMMEDIATE"})
                yield session
                session.commit()
            except (sqlite3.OperationalError, sqlalchemy.exc.OperationalError) as exc:
                session.rollback()
                problem = write_problem(self.path, exc)
                if problem is None:
                    raise
                raise problem from None
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def write_problem(path: Path, exc: Exception) -> StoreError | None:
    """What a failed write means for the user (None: not a problem of the
    file or the disk, a bug to report as it is). Decided on SQLite's result
    code, never on the message (SQLAlchemy's holds the statement and its
    values: a note saying "busy" is not a busy database)."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes keep the primary one in the low byte
    if primary == sqlite3.SQLITE_READONLY:
        return StoreError(f"Cannot save: {path} has become read-only. Nothing of this change was saved.",
                          f"无法保存：{path} 变成了只读。这次修改没有保存。")
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(f"Cannot save: the disk holding {path} is full. Free some space; nothing of this "
                          "change was saved.", f"无法保存：{path} 所在的磁盘已满。请腾出空间；这次修改没有保存。")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StoreError(f"Cannot save: another program kept {path} busy. Try again; nothing of this change "
                          "was saved.", f"无法保存：另一个程序正在使用 {path}。请重试；这次修改没有保存。")
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return StoreError(f"Cannot save: {path} cannot be written ({getattr(exc, 'orig', exc)}). "
                          "Nothing of this change was saved.",
                          f"无法保存：{path} 无法写入（{getattr(exc, 'orig', exc)}）。这次修改没有保存。")
    return None


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror or exc}",
                         f"无法读取 {path}：{exc.strerror or exc}") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a planner database (it is not a SQLite file). Nothing was changed.",
                         f"{path} 不是客户计划数据库（不是 SQLite 文件）。没有做任何改动。")


def prepare_folder(path: Path, create_folder: bool) -> None:
    """The database's folder exists (made when ``create_folder``), and the path is no folder."""
    if not path.parent.is_dir():
        if not create_folder:
            raise StoreError(f"There is no folder {path.parent}. Check the database path; nothing was created.",
                             f"文件夹 {path.parent} 不存在。请检查数据库路径；没有创建任何文件。")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}",
                             f"无法创建文件夹 {path.parent}：{exc.strerror or exc}") from None
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.", f"{path} 是文件夹，不是数据库文件。")


def check_writable(path: Path) -> None:
    """The planner writes the database, its journal and lock beside it and
    backups under its folder: a read-only file or folder (a read-only drive,
    a file copied from a CD or protected) is refused up front, with what to
    do, instead of edits that seem to work and are not saved."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"{path} is read-only. Copy it to a folder you can write to, or change its permissions; "
            "nothing was changed.", f"{path} 是只读文件。请把它复制到可写的文件夹，或修改文件权限；没有做任何改动。")
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"The folder {folder} is read-only (the planner keeps its journal and backups beside the "
            "database). Copy the database to a folder you can write to; nothing was changed.",
            f"文件夹 {folder} 是只读的（数据库旁边要存放日志和备份）。请把数据库复制到可写的文件夹；没有做任何改动。")


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
        raise StoreError(f"Cannot open {path}: {exc}", f"无法打开 {path}：{exc}") from None
    try:
        # A full quick_check reads the whole file (0.8 s for 1 GB): it runs
        # before a migration and in 'planner check', not on every start.
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = _has_tables(conn)
            if existed and version < latest:
                ok = conn.execute("PRAGMA quick_check").fetchone()[0]
                if ok != "ok":
                    raise StoreError(
                        f"{path} is damaged ({ok}). Restore a backup with 'planner restore'. Nothing was changed.",
                        f"{path} 已损坏（{ok}）。请用备份恢复（planner restore）。没有做任何改动。")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is damaged or not a planner database ({exc}). Nothing was changed.",
                             f"{path} 已损坏，或不是客户计划数据库（{exc}）。没有做任何改动。") from None
        if version > latest:
            raise StoreError(
                f"{path} was written by a newer version of the planner (schema {version}; "
                f"this version knows up to {latest}). Update the application; nothing was changed.",
                f"{path} 由更新版本的客户计划写入（结构版本 {version}，本版本最高 {latest}）。"
                "请更新应用程序；没有做任何改动。")
        if existed and version == 0 and has_tables:
            raise StoreError(f"{path} is a SQLite file, but not a planner database. Nothing was changed.",
                             f"{path} 是 SQLite 文件，但不是客户计划数据库。没有做任何改动。")
        if version < latest:
            if existed:
                copy_database(path, path.with_name(f"{path.name}.before-schema-{latest}.bak"))
            try:
                migrations.apply(conn, version)
            except sqlite3.Error as exc:
                raise StoreError(f"Upgrading {path} failed ({exc}); the file was left as it was.",
                                 f"升级 {path} 失败（{exc}）；文件保持原样。") from None
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


def open_database(path: str | Path, create_folder: bool = True) -> Database:
    """``create_folder``: make missing folders (the user data folder); a
    path the user typed should name a folder that exists (a typo must not
    silently start an empty database elsewhere)."""
    path = Path(path)
    prepare_folder(path, create_folder)
    if path.exists():
        _check_header(path)
    check_writable(path)
    _migrate(path)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # reads get a plain BEGIN, writers BEGIN IMMEDIATE
        conn.exec_driver_sql(conn.get_execution_options().get("begin", "BEGIN"))

    return Database(path=path, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
