import re
import uuid
from datetime import date, datetime

import pytest

from planner import demo
from planner.demo import add_demo, demo_account_ids, demo_id
from planner.services import Records
from planner.services.check import check_database
from planner.services.dump import dump
from planner.store import open_database

CJK = re.compile(r"[\u4e00-\u9fff]")
TODAY = date(2026, 3, 11)  # a Wednesday; dates in the demo are relative to it


@pytest.fixture
def loaded(records):
    assert add_demo(records, today=TODAY) is True
    grid, northwind = demo_account_ids()
    return records, grid, northwind


def counts(records):
    return {kind: len(records.list(kind)) for kind in (
        "account", "stakeholder", "relationship", "visit", "visit_attendee", "note",
        "decision_role", "action_item", "checklist_item")}


def test_demo_id_is_a_stable_uuid5():
    assert demo_id("grid/account/main") == demo_id("grid/account/main")
    assert demo_id("a") != demo_id("b")
    assert uuid.UUID(demo_id("a")).version == 5
    assert demo.DEMO_NAMESPACE == uuid.UUID("7b0d9c52-4e1a-5f3b-8c6d-2a9e1f04b7c3")


def test_add_demo_is_idempotent(loaded):
    records, grid, northwind = loaded
    before = counts(records)
    assert add_demo(records) is False
    assert counts(records) == before
    accounts = {a["id"]: a for a in records.list("account")}
    assert set(accounts) == {grid, northwind}
    assert all(a["is_demo"] for a in accounts.values())
    assert accounts[grid]["name"] == "华东某省电力公司" and accounts[grid]["tier"] == "S"
    assert accounts[northwind]["tier"] == "A" and accounts[northwind]["region"] == "UK"


def test_a_deleted_demo_is_not_brought_back(loaded):
    records, grid, northwind = loaded
    records.delete("account", grid)
    assert add_demo(records) is False
    assert [a["id"] for a in records.list("account")] == [northwind]


def test_everything_is_one_transaction(records, monkeypatch):
    def fail(b):
        raise RuntimeError("disk full")
    monkeypatch.setattr(demo, "_ACCOUNTS", (*demo._ACCOUNTS[:1], ("x", "main", fail)))
    with pytest.raises(RuntimeError):
        add_demo(records)
    assert records.list("account") == [] and records.list("stakeholder") == []


def test_chinese_account_org(loaded):
    records, grid, _ = loaded
    people = records.list("stakeholder", account_id=grid)
    assert len(people) >= 25
    assert all(CJK.search(p["name"]) and p["name_romanised"] for p in people)
    assert sum(p["status"] == "left" for p in people) >= 1
    assert any(p["is_executive"] and p["executive_concern"] for p in people)
    assert any(p["private_notes"] for p in people)
    assert any(p["private_fields"] == ["personal_wins"] for p in people)
    assert any(p["attitude_source"] and p["attitude_confidence"] == "confirmed" for p in people)
    departments = records.list("department", account_id=grid)
    assert len(departments) >= 5
    roots = [d for d in departments if d["parent_id"] is None]
    assert [d["name"] for d in roots] == ["公司领导"]
    lines = records.list("relationship", account_id=grid)
    reports = {(r["source_id"], r["target_id"]) for r in lines if r["kind"] == "reports_to"}
    influences = {(r["source_id"], r["target_id"]) for r in lines if r["kind"] == "influences"}
    assert len(reports) >= len(people) - 2 and len(influences) >= 5
    undirected = reports | {(t, s) for s, t in reports}
    assert influences - undirected, "some influence lines must differ from the org chart"
    assert {r["kind"] for r in lines} == {"reports_to", "influences", "conflict", "informal"}


def test_chinese_account_deals(loaded):
    records, grid, _ = loaded
    opps = {o["name"]: o for o in records.list("opportunity", account_id=grid)}
    open_ = [o for o in opps.values() if o["status"] == "open"]
    assert len(open_) == 2
    assert {o["status"] for o in opps.values()} == {"open", "won", "lost"}
    tender = next(o for o in open_ if o["procurement_method"] == "open_tender")
    rebuy = next(o for o in open_ if o["purchase_type"] == "modified_rebuy")
    assert all(o["expected_close"] > TODAY for o in open_)
    assert all(o["outcome_reason"] for o in opps.values() if o["status"] != "open")
    roles = records.list("decision_role", opportunity_id=tender["id"])
    assert {r["role"] for r in roles} == {
        "initiator", "user", "influencer", "decider", "approver", "buyer", "gatekeeper"}
    assert [r["attitude"] for r in roles if r["role"] == "approver"] == ["sceptic"]
    rebuy_roles = {r["role"] for r in records.list("decision_role", opportunity_id=rebuy["id"])}
    assert len(rebuy_roles) >= 5 and "gatekeeper" not in rebuy_roles
    props = records.list("value_proposition", account_id=grid)
    assert any(p["in_library"] and p["worked"] for p in props)
    assert {p["opportunity_id"] for p in props} == {tender["id"], rebuy["id"]}
    checklists = {c["kind"]: c for c in records.list("checklist", opportunity_id=tender["id"])}
    rules = records.list("checklist_item", checklist_id=checklists["tender_rules"]["id"])
    points = records.list("checklist_item", checklist_id=checklists["control_points"]["id"])
    assert len(rules) >= 12 and {i["status"] for i in rules} == {"unknown", "known", "confirmed"}
    assert len(points) == 6 and {i["status"] for i in points} == {"unknown", "at_risk", "under_control"}


def test_chinese_account_visits_and_follow_up(loaded):
    records, grid, _ = loaded
    visits = records.list("visit", account_id=grid)
    done = [v for v in visits if v["status"] == "done"]
    planned = [v for v in visits if v["status"] == "planned"]
    assert 20 <= len(done) <= 25 and 2 <= len(planned) <= 4
    days = [v["starts_at"].date() for v in done]
    assert (max(days) - min(days)).days > 150 and max(days) < TODAY
    assert all(0 < (v["starts_at"].date() - TODAY).days <= 21 and v["purpose"] and v["questions"]
               for v in planned)
    outcomes = [f for f in done[0] if f.startswith("outcome_")]
    assert len(outcomes) == 6
    assert all(CJK.search(v[f]) for v in done for f in outcomes)
    assert len({v["kind"] for v in done}) >= 5
    assert sum(v["notes_private"] for v in visits) == 1
    for v in visits:
        people = records.list("visit_attendee", visit_id=v["id"])
        assert any(a["stakeholder_id"] for a in people) and any(a["our_person"] for a in people)
    notes = records.list("note", account_id=grid)
    assert any("预算" in n["body"] for n in notes) and sum(n["private"] for n in notes) == 1
    actions = records.list("action_item", account_id=grid)
    assert any(a["done"] for a in actions)
    assert any(not a["done"] and a["due_date"] < TODAY for a in actions)
    assert any(a["source"] == "visit" and a["visit_id"] for a in actions)
    assert len(records.list("contact_plan")) >= 8 and records.list("contact_log")
    assert records.list("proposition_delivery")


def test_english_account(loaded):
    records, _, northwind = loaded
    people = records.list("stakeholder", account_id=northwind)
    assert 6 <= len(people) <= 10 and not any(CJK.search(p["name"]) for p in people)
    assert 2 <= len(records.list("department", account_id=northwind)) <= 3
    kinds = {r["kind"] for r in records.list("relationship", account_id=northwind)}
    assert {"reports_to", "influences"} <= kinds
    [opp] = records.list("opportunity", account_id=northwind)
    assert len(records.list("decision_role", opportunity_id=opp["id"])) >= 4
    assert records.list("visit", account_id=northwind, status="done")
    assert records.list("value_proposition", account_id=northwind)
    assert records.list("action_item", account_id=northwind)


def test_demo_passes_the_database_check(loaded, db):
    assert check_database(db) == []


def test_private_parts_stay_out_of_the_shared_dump(loaded, db):
    shared = dump(db, shared=True)["records"]
    full = dump(db)["records"]
    assert len(shared["note"]) == len(full["note"]) - 1
    assert all("private_notes" not in p and "private_fields" not in p for p in shared["stakeholder"])
    assert sum("notes" not in v for v in shared["visit"]) == 1


def test_two_laptops_get_the_same_demo(tmp_path):
    dumps = []
    for name in ("a.db", "b.db"):
        db = open_database(tmp_path / name)
        try:
            assert add_demo(Records(db), today=TODAY)
            dumps.append(dump(db))
        finally:
            db.close()
    assert dumps[0] == dumps[1]


def test_demo_dates_follow_today(records):
    add_demo(records)
    visits = records.list("visit")
    now = datetime.now()
    assert any(v["starts_at"] > now for v in visits if v["status"] == "planned")
    assert all(v["starts_at"] < now for v in visits if v["status"] == "done")
