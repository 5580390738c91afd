import sqlite3

import pytest
from sqlalchemy import inspect

import planner.models as models
from planner.store import StoreError, open_database
from planner.store import migrations


def test_migrations_build_exactly_the_schema_of_the_models(db):
    insp = inspect(db.engine)
    from planner.search.schema import TABLES as SEARCH_INDEX_TABLES  # raw SQL, not models

    tables = set(insp.get_table_names()) - SEARCH_INDEX_TABLES
    assert tables == set(models.Base.metadata.tables)
    for name, table in models.Base.metadata.tables.items():
        assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}, name


def test_pragmas(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello, this is not a database")
    with pytest.raises(StoreError, match="not a planner database"):
        open_database(path)
    assert path.read_bytes() == b"hello, this is not a database"


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a planner database"):
        open_database(path)


def test_newer_schema_is_refused_and_not_touched(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before


def test_damaged_database_is_refused(tmp_path):
    path = tmp_path / "bad.db"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4000] = b"\xff" * 3900
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        open_database(path)


def test_uncreatable_path_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        open_database(blocker / "sub" / "planner.db")


def test_the_query_planner_finds_an_accounts_rows_by_account_not_by_deleted(tmp_path):
    from planner.services import Records
    from planner.store import open_database

    db = open_database(tmp_path / "p.db")
    records = Records(db)
    accounts = [records.create("account", {"name": f"A{i}"})[0] for i in range(20)]
    with records.transaction() as w:
        for i in range(400):
            w.create("stakeholder", {"account_id": accounts[i % 20], "name": f"P{i}"})
    db.close()
    db = open_database(tmp_path / "p.db")  # statistics are refreshed on open
    with db.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT * FROM stakeholder WHERE deleted = 0 AND account_id = ?", ("x",)))
    db.close()
    assert "ix_stakeholder_account_id" in plan, plan


def test_a_read_only_database_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    import os
    from planner.store import database
    path = tmp_path / "ro.db"
    open_database(path).close()
    before = path.read_bytes()
    real = os.access
    # (tests run as root here, which writes through permission bits: the
    # check itself is what matters, so the file is reported read-only)
    monkeypatch.setattr(database.os, "access", lambda p, mode: False if str(p) == str(path) else real(p, mode))
    with pytest.raises(StoreError) as err:
        open_database(path)
    assert "read-only" in str(err.value) and "只读" in err.value.text("zh_CN")
    assert path.read_bytes() == before


def test_a_write_the_file_refuses_is_one_clear_line_and_nothing_is_kept(tmp_path):
    from sqlalchemy import event
    from planner.services import Records
    db = open_database(tmp_path / "a.db")
    records = Records(db)
    account, _ = records.create("account", {"name": "华东电网"})
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda conn, _: conn.execute("PRAGMA query_only = ON"))
    with pytest.raises(StoreError, match="read-only. Nothing of this change was saved"):
        records.update("account", account, {"name": "Acme"})
    assert records.get("account", account)["name"] == "华东电网"


def test_a_typed_path_in_a_missing_folder_is_refused_by_the_command_line(tmp_path, capsys):
    from planner.cli.main import main
    typo = tmp_path / "nonexist" / "dir" / "x.db"
    assert main(["--db", str(typo), "list", "account"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "There is no folder" in err
    assert not typo.parent.exists()
    fresh = tmp_path / "new.db"
    assert main(["--db", str(fresh), "list", "account"]) == 0
    assert f"created a new database at {fresh}" in capsys.readouterr().err
    assert main(["--db", str(fresh), "list", "account"]) == 0
    assert "created" not in capsys.readouterr().err


def test_a_second_window_on_one_database_is_refused_in_both_languages(tmp_path):
    from planner.store.instance_lock import InstanceLock
    path = tmp_path / "a.db"
    with InstanceLock(path):
        with pytest.raises(StoreError) as err:
            InstanceLock(path).acquire()
    assert "already open" in str(err.value) and "已经在另一个窗口打开" in err.value.text("zh")


def test_write_errors_are_read_from_sqlite_result_codes_not_from_the_statement(tmp_path):
    """SQLAlchemy's message holds the SQL and its values: a value saying
    "busy" or "full" must not turn a bug into a disk message."""
    import sqlalchemy.exc
    from planner.store.database import write_problem
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("SELECT x FROM nowhere WHERE note = 'customer is busy, budget full'")
    except sqlite3.OperationalError as exc:
        wrapped = sqlalchemy.exc.OperationalError("SELECT ... 'busy' 'full'", {"full": True}, exc)
    assert write_problem(tmp_path / "a.db", wrapped) is None
    conn.execute("CREATE TABLE t (a)")
    conn.execute("PRAGMA query_only = ON")
    try:
        conn.execute("INSERT INTO t VALUES ('no disk problem here')")
    except sqlite3.OperationalError as exc:
        problem = write_problem(tmp_path / "a.db", sqlalchemy.exc.OperationalError("INSERT", {}, exc))
    assert problem is not None and "read-only" in str(problem)
