"""The record services write in batches (change-log rows in one statement,
no flush per record) without changing what they write: the same change-log
rows in the same order, the same records and clocks, the same ChangeSets and
the same errors at the same step, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select, text

from planner.models import ChangeLogEntry, Relationship, Stakeholder
from planner.services.errors import ValidationError

from tests.write_scenario import run

GOLDEN = Path(__file__).parent / "data" / "writes" / "golden.json"


def test_a_multi_record_scenario_writes_exactly_what_it_wrote_before(tmp_path):
    got = json.loads(json.dumps(run(tmp_path / "s.db"), ensure_ascii=False, default=str))
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got["errors"] == want["errors"]
    assert got["changesets"] == want["changesets"]
    assert len(got["change_log"]) == len(want["change_log"])
    for mine, theirs in zip(got["change_log"], want["change_log"]):
        assert mine == theirs
    assert got["records"] == want["records"]
    assert got == want


def _log_count(session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeLogEntry))


def test_reads_inside_the_transaction_see_its_earlier_writes(records, account):
    with records.transaction() as w:
        before = _log_count(w.session)
        a = w.create("stakeholder", {"account_id": account, "name": "A"})
        b = w.create("stakeholder", {"account_id": account, "name": "B", "title": "CFO"})
        # the ORM, Core and plain SQL all see the new rows and their log
        assert w.session.get(Stakeholder, a).name == "A"
        assert w.session.scalar(select(func.count()).select_from(Stakeholder)
                                .where(Stakeholder.account_id == account)) == 2
        per_person = len(Stakeholder.data_fields())
        assert _log_count(w.session) == before + 2 * per_person
        raw = w.session.connection().exec_driver_sql(
            "SELECT count(*) FROM change_log WHERE row_id = ?", (b,)).scalar()
        assert raw == per_person
        w.update("stakeholder", b, {"title": "CEO"})
        assert w.session.execute(text(
            "SELECT json_extract(new_value, '$') FROM change_log WHERE row_id = :b AND op = 'update'"),
            {"b": b}).scalar() == "CEO"
        # a rule reads a line written earlier in the same transaction
        w.create("relationship", {"account_id": account, "source_id": a, "target_id": b,
                                  "kind": "reports_to"})
        with pytest.raises(ValidationError, match="circle"):
            w.create("relationship", {"account_id": account, "source_id": b, "target_id": a,
                                      "kind": "reports_to"})
        assert w.session.scalar(select(func.count()).select_from(Relationship)) == 1


def test_a_refusal_in_the_middle_of_a_big_transaction_writes_nothing(records, account, db):
    with db.read() as s:
        log_before = _log_count(s)
    people = []
    with pytest.raises(ValidationError, match="circle"):
        with records.transaction() as w:
            for i in range(300):
                people.append(w.create("stakeholder", {"account_id": account, "name": f"P{i}"}))
            for i in range(1, 300):
                w.create("relationship", {"account_id": account, "source_id": people[i],
                                          "target_id": people[i - 1], "kind": "reports_to"})
            w.update("account", account, {"tier": "S"})
            w.create("relationship", {"account_id": account, "source_id": people[0],
                                      "target_id": people[299], "kind": "reports_to"})
    with db.read() as s:
        assert _log_count(s) == log_before
        assert s.scalar(select(func.count()).select_from(Stakeholder)) == 0
        assert s.scalar(select(func.count()).select_from(Relationship)) == 0
    assert records.get("account", account)["tier"] == "A"
    # and the next transaction writes normally, with nothing left over from the failed one
    new, changes = records.create("stakeholder", {"account_id": account, "name": "After"})
    with db.read() as s:
        assert _log_count(s) == log_before + len(Stakeholder.data_fields())
        assert {r for (r,) in s.execute(select(ChangeLogEntry.row_id).where(
            ChangeLogEntry.seq > log_before))} == {new}
    assert changes.created == {"stakeholder": {new}}


def test_an_exception_from_the_caller_rolls_back_the_batched_writes(records, account, db):
    with pytest.raises(RuntimeError):
        with records.transaction() as w:
            w.create("stakeholder", {"account_id": account, "name": "Never"})
            raise RuntimeError("the caller gave up")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Stakeholder)) == 0
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)
                        .where(ChangeLogEntry.table_name == "stakeholder")) == 0


def test_log_rows_keep_the_order_of_the_writes(records, account, db):
    with records.transaction() as w:
        a = w.create("stakeholder", {"account_id": account, "name": "A"})
        w.update("account", account, {"tier": "B"})
        w.update("stakeholder", a, {"title": "Boss"})
        w.delete("stakeholder", a)
    with db.read() as s:
        rows = s.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.field, ChangeLogEntry.op,
                                ChangeLogEntry.stamp)
                         .where(ChangeLogEntry.op != "create").order_by(ChangeLogEntry.seq)).all()
    assert [(t, f, op) for t, f, op, _ in rows] == [
        ("account", "tier", "update"), ("stakeholder", "title", "update"),
        ("stakeholder", "deleted", "delete")]
    assert [st for *_, st in rows] == sorted(st for *_, st in rows)


def _reports_to_by_walking(edges: list[tuple[str, str, str, bool]], start: str, goal: str,
                           ignore: str) -> bool:
    """The reporting-circle check as it was: walk up one person at a time."""
    seen, todo = set(), [start]
    while todo:
        person = todo.pop()
        if person == goal:
            return True
        if person in seen:
            continue
        seen.add(person)
        todo += [t for rid, s, t, deleted in edges if s == person and not deleted and rid != ignore]
    return False


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7), st.booleans()), max_size=18),
       st.integers(0, 7), st.integers(0, 7), st.integers(-1, 17))
def test_the_one_query_circle_check_agrees_with_walking_the_lines(tmp_path_factory, lines, start,
                                                                  goal, ignore):
    from planner.services.rules import _reports_to
    from planner.store import open_database

    db = open_database(tmp_path_factory.mktemp("chain") / "c.db")
    try:
        with db.write() as s:
            edges = []
            for n, (a, b, deleted) in enumerate(lines):
                rid = f"r{n}"
                edges.append((rid, f"p{a}", f"p{b}", deleted))
                s.execute(text(
                    "INSERT INTO relationship (id, account_id, source_id, target_id, kind, directed, strength, "
                    "confidence, note, clocks, deleted) VALUES (:id, 'a', :s, :t, 'reports_to', 1, 3, "
                    "'likely', '', '{}', :d)"), {"id": rid, "s": f"p{a}", "t": f"p{b}", "d": deleted})
            ign = f"r{ignore}"
            assert _reports_to(s, f"p{start}", f"p{goal}", ign) == \
                _reports_to_by_walking(edges, f"p{start}", f"p{goal}", ign)
            s.rollback()
    finally:
        db.close()


def test_a_row_added_to_the_session_directly_is_still_found(records, account, db):
    from planner.models import Department

    with records.transaction() as w:
        w.session.add(Department(id="dep-direct", account_id=account, name="Direct", parent_id=None,
                                 clocks={}, deleted=False))
        person = w.create("stakeholder", {"account_id": account, "name": "X", "department_id": "dep-direct"})
        assert w.update("department", "dep-direct", {"name": "Renamed"}) == {"name"}
        with pytest.raises(ValidationError, match="exists already"):
            w.create("department", {"account_id": account, "name": "Twin"}, "dep-direct")
    assert records.get("stakeholder", person)["department_id"] == "dep-direct"
    assert records.get("department", "dep-direct")["name"] == "Renamed"


def test_a_cascade_skips_children_deleted_before(records, account, db):
    a, _ = records.create("stakeholder", {"account_id": account, "name": "A"})
    b, _ = records.create("stakeholder", {"account_id": account, "name": "B"})
    gone, _ = records.create("relationship", {"account_id": account, "source_id": a, "target_id": b,
                                               "kind": "reports_to"})
    live, _ = records.create("relationship", {"account_id": account, "source_id": a, "target_id": b,
                                               "kind": "influences"})
    records.delete("relationship", gone)
    changes = records.delete("stakeholder", b)
    assert changes.deleted == {"stakeholder": {b}, "relationship": {live}}
    with db.read() as s:
        deletes = s.execute(select(ChangeLogEntry.row_id).where(ChangeLogEntry.op == "delete")
                            .order_by(ChangeLogEntry.seq)).scalars().all()
    assert deletes == [gone, b, live]
