"""'What changed since…' on the change log: hand-made logs with known
answers, the real services, and a property: the changes since a moment are
exactly the difference between the map then and the map now."""

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from planner.graph.history import changes_since, describe, diff

T0, SINCE, T1 = datetime(2026, 1, 1, 9), datetime(2026, 2, 1), datetime(2026, 2, 10, 15)


def entry(table, row, field, value, at):
    return {"table_name": table, "row_id": row, "field": field, "new_value": value, "at": at}


def person(name, status="active", attitude="neutral", deleted=False, confidence="confirmed"):
    return {"name": name, "title": "", "status": status, "attitude": attitude,
            "attitude_confidence": confidence, "deleted": deleted}


def test_hand_made_log():
    people = {"old": person("Old"), "new": person("New"), "gone": person("Gone", deleted=True),
              "left": person("Left", status="left"), "moved": person("Moved", attitude="supporter"),
              "back_and_forth": person("Same", attitude="neutral"),
              "brief": person("Brief", deleted=True)}
    lines = {"l1": {"source_id": "old", "target_id": "moved", "kind": "influences", "deleted": False},
             "l2": {"source_id": "old", "target_id": "left", "kind": "reports_to", "deleted": True},
             "l3": {"source_id": "old", "target_id": "gone", "kind": "informal", "deleted": True}}
    log = [entry("stakeholder", p, "name", people[p]["name"], T0)
           for p in ("old", "gone", "left", "moved", "back_and_forth")]
    log += [entry("stakeholder", p, "attitude", "neutral", T0) for p in ("old", "gone", "left", "moved",
                                                                        "back_and_forth")]
    log += [entry("relationship", "l2", "kind", "reports_to", T0), entry("relationship", "l3", "kind", "informal", T0)]
    log += [entry("stakeholder", "new", "name", "New", T1), entry("stakeholder", "gone", "deleted", True, T1),
            entry("stakeholder", "left", "status", "left", T1),
            entry("stakeholder", "moved", "attitude", "sceptic", T1),
            entry("stakeholder", "moved", "attitude", "supporter", T1),
            entry("stakeholder", "back_and_forth", "attitude", "opponent", T1),
            entry("stakeholder", "back_and_forth", "attitude", "neutral", T1),
            entry("stakeholder", "brief", "name", "Brief", T1), entry("stakeholder", "brief", "deleted", True, T1),
            entry("relationship", "l1", "kind", "influences", T1),
            entry("relationship", "l2", "deleted", True, T1), entry("relationship", "l3", "deleted", True, T1)]
    out = diff(people, lines, log, SINCE)
    assert [p["id"] for p in out["added"]] == ["new"]
    assert {(p["id"], p["why"]) for p in out["gone"]} == {("gone", "deleted"), ("left", "left")}
    assert [(p["id"], p["before"], p["after"]) for p in out["attitudes"]] == [("moved", "neutral", "supporter")]
    assert [ln["id"] for ln in out["lines_drawn"]] == ["l1"]
    assert {ln["id"] for ln in out["lines_removed"]} == {"l2", "l3"}
    # nothing changed since after the last write
    later = diff(people, lines, log, datetime(2026, 3, 1))
    assert not any(later[k] for k in ("added", "gone", "attitudes", "lines_drawn", "lines_removed"))
    words = describe(out, {p: v["name"] for p, v in people.items()}, "zh")
    assert "新增 New" in [w["text"] for w in words] and any("怀疑" not in w["text"] and "支持" in w["text"]
                                                          for w in words if w["kind"] == "attitude")
    en = [w["text"] for w in describe(out, {p: v["name"] for p, v in people.items()}, "en")]
    assert "Left has left" in en and "Moved: attitude Neutral → Supporter" in en


def backdate(db, when=T0):
    with db.write() as s:
        s.execute(text("UPDATE change_log SET at = :at"), {"at": when})


def test_through_the_services(db, records, account):
    a, _ = records.create("stakeholder", {"account_id": account, "name": "王军", "attitude": "neutral"})
    b, _ = records.create("stakeholder", {"account_id": account, "name": "李娜"})
    c, _ = records.create("stakeholder", {"account_id": account, "name": "周明"})
    old_line, _ = records.create("relationship", {"account_id": account, "source_id": b, "target_id": a,
                                                  "kind": "reports_to"})
    backdate(db)
    d, _ = records.create("stakeholder", {"account_id": account, "name": "曹敏"})
    records.update("stakeholder", a, {"attitude": "sceptic", "attitude_confidence": "unconfirmed"})
    records.update("stakeholder", c, {"status": "left"})
    new_line, _ = records.create("relationship", {"account_id": account, "source_id": d, "target_id": a,
                                                  "kind": "influences"})
    records.delete("relationship", old_line)
    out = changes_since(db, account, date(2026, 1, 2))
    assert [p["name"] for p in out["added"]] == ["曹敏"]
    assert [(p["name"], p["why"]) for p in out["gone"]] == [("周明", "left")]
    assert [(p["before"], p["after"], p["unconfirmed"]) for p in out["attitudes"]] == [("neutral", "sceptic", True)]
    assert [ln["id"] for ln in out["lines_drawn"]] == [new_line]
    assert [ln["id"] for ln in out["lines_removed"]] == [old_line]
    # an undo puts things back: the deleted line's restore is no change any more
    records.restore({"relationship": {old_line}})
    assert changes_since(db, account, date(2026, 1, 2))["lines_removed"] == []


OPS = st.lists(st.tuples(st.sampled_from(["add", "delete", "restore", "leave", "return", "attitude", "line",
                                          "unline"]),
                         st.integers(0, 5), st.integers(0, 5),
                         st.sampled_from(["champion", "neutral", "opponent"])), max_size=14)


def snapshot(records, account):
    people = {p["id"]: p for p in records.list("stakeholder", account_id=account)}
    alive = {pid for pid, p in people.items() if p["status"] != "left"}
    lines = {ln["id"] for ln in records.list("relationship", account_id=account)}
    return alive, {pid: people[pid]["attitude"] for pid in alive}, lines


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=OPS, after=OPS)
def test_changes_are_the_difference_between_then_and_now(db, records, account, before, after):
    ids: list[str] = []
    lines: list[str] = []
    deleted: dict[str, set[str]] = {}

    def run(ops):
        for op, i, j, att in ops:
            try:
                if op == "add" or not ids:
                    ids.append(records.create("stakeholder", {"account_id": account, "name": f"p{len(ids)}"})[0])
                elif op == "delete":
                    deleted.setdefault("stakeholder", set()).update(
                        records.delete("stakeholder", ids[i % len(ids)]).deleted.get("stakeholder", set()))
                elif op == "restore" and deleted.get("stakeholder"):
                    records.restore({"stakeholder": {sorted(deleted["stakeholder"])[i % len(deleted["stakeholder"])]}})
                elif op in ("leave", "return"):
                    records.update("stakeholder", ids[i % len(ids)], {"status": "left" if op == "leave" else "active"})
                elif op == "attitude":
                    records.update("stakeholder", ids[i % len(ids)], {"attitude": att})
                elif op == "line":
                    lines.append(records.create("relationship", {
                        "account_id": account, "source_id": ids[i % len(ids)], "target_id": ids[j % len(ids)],
                        "kind": "influences"})[0])
                elif op == "unline" and lines:
                    records.delete("relationship", lines[i % len(lines)])
            except Exception:
                pass  # refused writes (deleted person, self line) change nothing
    with db.write() as s:  # a fresh account each example
        s.execute(text("DELETE FROM change_log"))
        s.execute(text("DELETE FROM relationship"))
        s.execute(text("DELETE FROM stakeholder"))
    run(before)
    backdate(db)
    then_people, then_att, then_lines = snapshot(records, account)
    run(after)
    now_people, now_att, now_lines = snapshot(records, account)
    out = changes_since(db, account, date(2026, 1, 2))
    assert {p["id"] for p in out["added"]} == now_people - then_people
    assert {p["id"] for p in out["gone"]} == then_people - now_people
    assert {p["id"] for p in out["attitudes"]} == {p for p in now_people & then_people if now_att[p] != then_att[p]}
    assert {ln["id"] for ln in out["lines_drawn"]} == now_lines - then_lines
    assert {ln["id"] for ln in out["lines_removed"]} == then_lines - now_lines
