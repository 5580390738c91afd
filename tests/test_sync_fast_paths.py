"""The shortcuts sync takes for speed give the answers of the plain rules:
the cascade looks only at rows the import moved, values are checked by quick
per-column tests first, and the export asks SQLite which rows changed."""

import sqlite3

from hypothesis import given, settings, strategies as st

from planner.services import kinds
from planner.services.check import check_database
from planner.sync.export import _DEVICE_AT, changed_rows
from planner.sync.verify import _field_checks, stored_value_problem
from sync_replicas import Replica, exchange_all


def test_a_person_moved_into_an_account_a_teammate_deleted_is_deleted_with_their_lines(tmp_path):
    """b receives a move into an account b deleted: the moved person is
    deleted (a row whose reference changed), and so is the reporting line
    that points at them (a second round of the cascade)."""
    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    try:
        old, _ = a.records.create("account", {"name": "华东电力"})
        new, _ = a.records.create("account", {"name": "华东电力 (新)"})
        boss, _ = a.records.create("stakeholder", {"account_id": old, "name": "王军"})
        moved, _ = a.records.create("stakeholder", {"account_id": old, "name": "李娜"})
        line, _ = a.records.create("relationship", {"account_id": old, "source_id": moved,
                                                    "target_id": boss, "kind": "reports_to"})
        b.import_(a.export())
        a.records.update("stakeholder", moved, {"account_id": new})    # a moves a person...
        b.records.delete("account", new)                               # ...into what b deletes
        report = b.import_(a.export())
        assert report.deleted.get("stakeholder") == 1 and report.deleted.get("relationship") == 1
        assert [p["id"] for p in b.records.list("stakeholder")] == [boss]
        assert b.records.list("relationship") == []
        assert b.records.get("stakeholder", boss)["name"] == "王军"
        exchange_all([a, b], full=False)
        assert a.shared() == b.shared()
        assert check_database(a.db) == [] and check_database(b.db) == []
    finally:
        a.close()
        b.close()


def test_an_import_that_deletes_nothing_leaves_live_rows_alone(tmp_path):
    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    try:
        acc, _ = a.records.create("account", {"name": "Northwind"})
        person, _ = a.records.create("stakeholder", {"account_id": acc, "name": "Dan"})
        b.import_(a.export())
        a.records.update("stakeholder", person, {"title": "CIO"})
        report = b.import_(a.export())
        assert report.deleted == {} and report.updated == {"stakeholder": 1}
        assert b.records.get("stakeholder", person)["title"] == "CIO"
    finally:
        a.close()
        b.close()


FIELDS = [(kind, f) for kind, model in kinds.MODELS.items() for f in (*model.data_fields(), "deleted")]
ANY_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.sampled_from(["champion", "S", "2026-11-23", "2026-11-23T10:00:00", "[]", "{}", "x" * 300]))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(FIELDS), ANY_VALUE)
def test_the_quick_value_checks_only_pass_what_the_full_check_accepts(where, value):
    kind, field = where
    if _field_checks(kind)[field](value):
        assert stored_value_problem(kind, field, value) is None


DEVICES = ["dev-a", "dev-b", "dev-c", "dev-d"]
STAMP = st.builds(lambda wall, n, dev: f"{wall:013d}.{n:04x}.{dev}",
                  st.integers(1_700_000_000_000, 1_700_000_000_020), st.integers(0, 3), st.sampled_from(DEVICES))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(STAMP, st.sampled_from(["stakeholder", "account"]), st.sampled_from("pqrs"))),
       st.dictionaries(st.sampled_from(DEVICES), STAMP, max_size=3))
def test_the_rows_to_export_are_those_with_a_stamp_teammates_lack(log, baseline):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE change_log (stamp TEXT, device TEXT, table_name TEXT, row_id TEXT)")
    conn.executemany("INSERT INTO change_log VALUES (?, ?, ?, ?)",
                     [(stamp, stamp[_DEVICE_AT:], table, row) for stamp, table, row in log])
    expected: dict[str, set[str]] = {}
    for stamp, table, row in log:
        if stamp > baseline.get(stamp[_DEVICE_AT:], ""):
            expected.setdefault(table, set()).add(row)
    assert changed_rows(conn, baseline) == expected
