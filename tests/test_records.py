import pytest
from sqlalchemy import select

from planner.models import ChangeLogEntry
from planner.services import NotFound, ValidationError


def test_create_update_stamps_fields_and_logs_changes(records, account, db):
    sid, changes = records.create("stakeholder", {"account_id": account, "name": "王军"})
    assert changes.created == {"stakeholder": {sid}}
    changes = records.update("stakeholder", sid, {"attitude": "sceptic", "title": "CFO"})
    assert changes.updated == {"stakeholder": {sid}}
    assert changes.fields[("stakeholder", sid)] == {"attitude", "title"}
    with db.read() as s:
        log = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.row_id == sid,
                                                     ChangeLogEntry.op == "update")).all()
        from planner.models import Stakeholder
        row = s.get(Stakeholder, sid)
        assert row.clocks["attitude"] == row.clocks["title"] > row.clocks["name"]
    assert {(e.field, e.old_value, e.new_value) for e in log} == {
        ("attitude", "unknown", "sceptic"), ("title", "", "CFO")}


def test_unchanged_update_writes_nothing(records, account):
    assert not records.update("account", account, {"tier": "A"})


@pytest.mark.parametrize("kind,values,message", [
    ("account", {"name": "X", "tier": "Z"}, "tier"),
    ("account", {"tier": "A"}, "name is required"),
    ("account", {"name": "   "}, "cannot be empty"),
    ("account", {"name": "X", "revenue_potential": -1}, "between"),
    ("nonsense", {}, "unknown kind"),
])
def test_invalid_values_are_refused_with_a_message(records, kind, values, message):
    with pytest.raises(ValidationError, match=message):
        records.create(kind, values)


def test_relationship_rules(records, account):
    a, _ = records.create("stakeholder", {"account_id": account, "name": "A"})
    other, _ = records.create("account", {"name": "Other"})
    b, _ = records.create("stakeholder", {"account_id": other, "name": "B"})
    with pytest.raises(ValidationError, match="two different people"):
        records.create("relationship", {"account_id": account, "source_id": a, "target_id": a})
    with pytest.raises(ValidationError, match="at the line's account"):
        records.create("relationship", {"account_id": account, "source_id": a, "target_id": b})


def test_department_cycle_refused(records, account):
    top, _ = records.create("department", {"account_id": account, "name": "Top"})
    sub, _ = records.create("department", {"account_id": account, "name": "Sub", "parent_id": top})
    with pytest.raises(ValidationError, match="inside itself"):
        records.update("department", top, {"parent_id": sub})


def test_delete_cascades_tombstones_and_restore_brings_all_back(records, account):
    sid, _ = records.create("stakeholder", {"account_id": account, "name": "A"})
    tid, _ = records.create("stakeholder", {"account_id": account, "name": "B"})
    rid, _ = records.create("relationship", {"account_id": account, "source_id": sid, "target_id": tid})
    changes = records.delete("stakeholder", sid)
    assert changes.deleted == {"stakeholder": {sid}, "relationship": {rid}}
    assert [r["id"] for r in records.list("stakeholder")] == [tid]
    with pytest.raises(NotFound):
        records.update("stakeholder", sid, {"name": "again"})
    records.restore(changes.deleted)
    assert {r["id"] for r in records.list("relationship")} == {rid}


def test_reference_to_missing_record_refused(records):
    with pytest.raises(ValidationError, match="no account"):
        records.create("stakeholder", {"account_id": "missing", "name": "A"})


def test_reporting_circle_refused_but_influence_circle_allowed(records, account):
    a, _ = records.create("stakeholder", {"account_id": account, "name": "A"})
    b, _ = records.create("stakeholder", {"account_id": account, "name": "B"})
    c, _ = records.create("stakeholder", {"account_id": account, "name": "C"})
    records.create("relationship", {"account_id": account, "source_id": a, "target_id": b})
    records.create("relationship", {"account_id": account, "source_id": b, "target_id": c})
    with pytest.raises(ValidationError, match="circle"):
        records.create("relationship", {"account_id": account, "source_id": c, "target_id": a})
    records.create("relationship", {"account_id": account, "source_id": c, "target_id": a,
                                    "kind": "influences"})


def test_optional_text_may_stay_empty_and_check_agrees(records, account, db):
    from planner.services.check import check_database

    records.create("stakeholder", {"account_id": account, "name": "No Title"})
    assert check_database(db) == []


def test_visit_rules(records, account):
    from datetime import datetime

    other, _ = records.create("account", {"name": "Other"})
    opp, _ = records.create("opportunity", {"account_id": other, "name": "Deal"})
    start = datetime(2026, 5, 1, 10, 0)
    with pytest.raises(ValidationError, match="another account"):
        records.create("visit", {"account_id": account, "starts_at": start, "opportunity_id": opp})
    with pytest.raises(ValidationError, match="end before"):
        records.create("visit", {"account_id": account, "starts_at": start,
                                 "ends_at": datetime(2026, 5, 1, 9, 0)})


def test_validation_errors_are_worded_in_chinese_too(records, account):
    from planner.services.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        records.create("stakeholder", {"account_id": account, "name": "  "})
    assert str(caught.value) == "stakeholder.name cannot be empty"
    assert caught.value.text("zh_CN") == "联系人的“姓名”不能为空"
    with pytest.raises(ValidationError) as caught:
        records.create("stakeholder", {"account_id": account, "name": "王军", "importance": 9})
    assert caught.value.text("zh_CN") == "联系人的“重要程度”必须在 1 到 5 之间（现在是 9）"
    with pytest.raises(ValidationError) as caught:
        records.create("stakeholder", {"account_id": account, "name": "王军", "attitude": "happy"})
    assert caught.value.text("zh_CN").startswith("联系人的“行为倾向”：happy 不是有效的值（可选：支持者（教练）、")
