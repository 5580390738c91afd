"""The deal core: decision chain, propositions, control points, tender
templates and checklists, readiness (no widgets)."""

from datetime import date

import pytest

from planner.deals import control_points, decision_chain, propositions, readiness
from planner.deals.tender import templates
from planner.services.dump import dump

TODAY = date(2026, 3, 11)


@pytest.fixture
def deal(records, account):
    ids = {"account": account}
    ids["opp"], _ = records.create("opportunity", {"account_id": account, "name": "Grid platform"})
    for key, name in [("gm", "Zhao GM"), ("cfo", "Liu CFO"), ("it", "王军"), ("proc", "Lin Proc")]:
        ids[key], _ = records.create("stakeholder", {"account_id": account, "name": name})
    records.create("relationship", {"account_id": account, "source_id": ids["cfo"],
                                    "target_id": ids["gm"], "kind": "reports_to"})
    return ids


def role(records, ids, who, role, attitude="neutral"):
    return records.create("decision_role", {"opportunity_id": ids["opp"], "stakeholder_id": ids[who],
                                            "role": role, "attitude": attitude})[0]


def kinds_of(warnings):
    return [w["kind"] for w in warnings]


def test_empty_chain_warns_no_decider_and_no_gatekeeper(db, deal):
    c = decision_chain.chain(db, deal["opp"], TODAY)
    assert kinds_of(c["warnings"]) == ["no_decider", "no_gatekeeper"]
    assert "No decider identified" in c["warnings"][0]["text_en"]
    assert "尚未确定决策者" in c["warnings"][0]["text_zh"]
    assert [r["role"] for r in c["rows"]] == list(decision_chain.ROLES)
    assert all(r["stakeholder_id"] is None for r in c["rows"])


def test_sceptic_approver_and_never_met_people(db, records, deal):
    role(records, deal, "gm", "approver", "sceptic")
    role(records, deal, "gm", "decider", "supporter")  # one person, two roles
    role(records, deal, "proc", "gatekeeper")
    visit, _ = records.create("visit", {"account_id": deal["account"], "starts_at": __import__("datetime").datetime(2026, 3, 1, 9),
                                        "status": "done"})
    records.create("visit_attendee", {"visit_id": visit, "stakeholder_id": deal["gm"]})
    c = decision_chain.chain(db, deal["opp"], TODAY)
    ws = c["warnings"]
    assert kinds_of(ws) == ["against", "never_met"]
    assert "approver Zhao GM is sceptic" in ws[0]["text_en"]
    assert ws[1]["people"] == [deal["proc"]] and ws[1]["severity"] == "medium"
    gm_rows = [r for r in c["rows"] if r["stakeholder_id"] == deal["gm"]]
    assert {r["role"] for r in gm_rows} == {"decider", "approver"}
    assert gm_rows[0]["last_contact"] == date(2026, 3, 1)
    assert gm_rows[0]["virtual"] is False  # on the org chart
    proc = next(r for r in c["rows"] if r["stakeholder_id"] == deal["proc"])
    assert proc["virtual"] is True and proc["last_contact"] is None


def test_contact_log_counts_as_met_and_left_people_are_flagged(db, records, deal):
    role(records, deal, "cfo", "decider", "supporter")
    role(records, deal, "it", "gatekeeper")
    records.create("contact_log", {"stakeholder_id": deal["cfo"], "contacted_on": date(2026, 2, 1)})
    records.update("stakeholder", deal["it"], {"status": "left"})
    ws = decision_chain.chain(db, deal["opp"], TODAY)["warnings"]
    assert kinds_of(ws) == ["no_gatekeeper", "left"]
    assert "王军" in ws[1]["text_zh"]


def test_spoken_seconds():
    assert propositions.spoken_seconds("word " * 150) == pytest.approx(60)
    assert propositions.spoken_seconds("字" * 250) == pytest.approx(60)
    assert propositions.spoken_seconds("五年总成本低18%") == pytest.approx(6 * 60 / 250 + 60 / 150)


def test_proposition_warnings_and_library_copy(db, records, deal):
    ids = []
    for n in range(4):
        pid, _ = records.create("value_proposition", {
            "account_id": deal["account"], "opportunity_id": deal["opp"], "title": f"P{n}",
            "text": "很长" * (150 if n == 0 else 5)})
        ids.append(pid)
    records.create("proposition_target", {"proposition_id": ids[1], "stakeholder_id": deal["gm"]})
    records.create("proposition_delivery", {"proposition_id": ids[1], "stakeholder_id": deal["gm"],
                                            "delivered_on": TODAY, "channel": "demo", "reaction": "positive"})
    records.create("proposition_target", {"proposition_id": ids[2], "stakeholder_id": deal["cfo"]})
    props = propositions.deal_propositions(db, deal["opp"])
    ws = propositions.warnings(props)
    assert [(w["kind"], w["proposition_id"]) for w in ws] == [
        ("too_many", None), ("too_long", ids[0]), ("no_target", ids[0]),
        ("never_delivered", ids[2]), ("no_target", ids[3])]
    assert props[1]["deliveries"][0]["name"] == "Zhao GM"
    # the library: worked ones, found by pinyin too
    records.update("value_proposition", ids[1], {"worked": True, "text": "缺陷早发现"})
    lib = propositions.library(db, "quexian")
    assert [p["id"] for p in lib] == [ids[1]] and lib[0]["positive"] == 1
    assert lib[0]["account_name"] == "Acme Grid"
    other, _ = records.create("opportunity", {"account_id": deal["account"], "name": "Second deal"})
    copy = propositions.copy_values(lib[0], records.get("opportunity", other))
    new, _ = records.create("value_proposition", copy)
    assert records.get("value_proposition", new)["origin_id"] == ids[1]


def test_control_points_start_unknown_and_follow_edits(db, records, deal):
    assert all(r["item_id"] is None and r["status"] == "unknown"
               for r in control_points.rows(db, deal["opp"]))
    with records.transaction() as w:
        cid = control_points.create(w, deal["opp"], "en")
    rows = control_points.rows(db, deal["opp"])
    assert [r["n"] for r in rows] == [0, 1, 2, 3, 4, 5]
    records.update("checklist_item", rows[3]["item_id"], {"status": "under_control", "evidence": "tender notice",
                                                          "due_date": TODAY})
    row = control_points.rows(db, deal["opp"])[3]
    assert (row["status"], row["evidence"], row["date"]) == ("under_control", "tender notice", TODAY)
    assert control_points.checklist_of(db, deal["opp"]) == cid
    assert control_points.point_label(0, "zh").startswith("方案交流")


def test_shipped_templates_are_complete_and_bilingual():
    keys = [t["key"] for t in templates.shipped()]
    assert keys == list(templates.ORDER)
    public = templates.shipped()[0]
    sections = {i["section_en"] for i in public["items"]}
    assert {"Procurement method", "Qualification", "Evaluation criteria", "How the winner is chosen",
            "Deadlines", "Deposit and bonds", "Documents to prepare"} <= sections
    for t in templates.shipped():
        for item in t["items"]:
            assert item["label_zh"] and item["label_en"] and item["label_zh"] != item["label_en"]
    assert templates.for_procurement_method("single_source") == "builtin:single_source"


def test_checklist_from_template_save_as_template_and_prefill(db, records, deal):
    earlier, _ = records.create("opportunity", {"account_id": deal["account"], "name": "Old tender",
                                                "status": "lost", "expected_close": date(2025, 1, 1)})
    with records.transaction() as w:
        old = templates.start_checklist(w, templates.templates(db), earlier, "builtin:public_tender", "en")
    old_items = templates.checklist_items(db, old)
    weights = next(i for i in old_items if i["label"].startswith("Technical / commercial"))
    records.update("checklist_item", weights["id"], {"value": "technical 40 %", "status": "confirmed"})
    # the new one is in Chinese: the same item in the other language still matches
    with records.transaction() as w:
        new = templates.start_checklist(w, templates.templates(db), deal["opp"], "builtin:public_tender", "zh_CN")
    items = templates.checklist_items(db, new)
    assert items[0]["label"] == "采购方式" and len(items) == len(templates.shipped()[0]["items"])
    assert records.get("checklist", new)["title"] == "公开招标"
    sugg = templates.prefill_suggestions(db, new)
    assert [(s["label"], s["value"], s["opportunity_name"]) for s in sugg] == [
        ("技术分 / 商务分 / 价格分权重", "technical 40 %", "Old tender")]
    edit = templates.prefill_edit(sugg[0], "zh")
    assert edit["status"] == "known" and "Old tender" in edit["evidence"]
    # save as a template; it is offered next time and starts a checklist with the same items
    with records.transaction() as w:
        tid = templates.save_as_template(w, items[:3], "Grid open tender")
    assert templates.find_template(db, tid)["items"][0] == {"section": "采购方式", "label": "采购方式"}
    with records.transaction() as w:
        third = templates.start_checklist(w, templates.templates(db), deal["opp"], tid, "en")
    assert [i["label"] for i in templates.checklist_items(db, third)] == [i["label"] for i in items[:3]]
    shown = dump(db)
    assert "Grid open tender" in str(shown)


def test_readiness_explains_item_by_item(db, records, deal):
    empty = readiness.readiness(db, deal["opp"], TODAY)
    assert empty["verdict"] == "no_bid"
    assert any(i["area"] == "checklist" and i["status"] == "gap" for i in empty["items"])
    for who, r in [("gm", "decider"), ("cfo", "approver"), ("proc", "buyer"), ("it", "gatekeeper"),
                   ("proc", "initiator"), ("it", "user"), ("cfo", "influencer")]:
        role(records, deal, who, r, "supporter")
    for who in ("gm", "cfo", "proc", "it"):
        records.create("contact_log", {"stakeholder_id": deal[who], "contacted_on": TODAY})
    with records.transaction() as w:
        control_points.create(w, deal["opp"], "en")
        templates.start_checklist(w, templates.templates(db), deal["opp"], "builtin:single_source", "en")
    for row in control_points.rows(db, deal["opp"]):
        records.update("checklist_item", row["item_id"], {"status": "under_control"})
    cl = [c for c in records.list("checklist", opportunity_id=deal["opp"]) if c["kind"] == "tender_rules"][0]
    for item in templates.checklist_items(db, cl["id"]):
        records.update("checklist_item", item["id"], {"status": "confirmed"})
    pid, _ = records.create("value_proposition", {"account_id": deal["account"], "opportunity_id": deal["opp"],
                                                  "title": "Less downtime"})
    records.create("proposition_delivery", {"proposition_id": pid, "stakeholder_id": deal["gm"],
                                            "delivered_on": TODAY})
    ready = readiness.readiness(db, deal["opp"], TODAY)
    assert ready["verdict"] == "bid" and ready["score"] == 100
    # one award rule unknown (critical) blocks a bid however good the rest is
    row = control_points.rows(db, deal["opp"])[5]
    records.update("checklist_item", row["item_id"], {"status": "unknown"})
    again = readiness.readiness(db, deal["opp"], TODAY)
    assert again["verdict"] == "qualify"
    gap = [i for i in again["items"] if i["status"] == "gap"]
    assert len(gap) == 1 and gap[0]["text_en"].startswith("Control point 6")
