"""Visits core: planning, debrief, follow-ups, timelines, cadence, moments, trust."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from planner.contacts.cadence import CadenceDefaults, contact_states, due_contacts
from planner.contacts.moments import holidays, upcoming
from planner.contacts.this_week import this_week
from planner.contacts.trust import Touch, quarter_ends, score, trend
from planner.contacts.trust_chart import render_png
from planner.services.errors import ValidationError
from planner.visits.actions import due_actions
from planner.visits.debrief import Debrief, FollowUp, debrief_visit
from planner.visits.planning import VisitPlan, briefing, plan_visit
from planner.visits.timeline import timeline

TODAY = date(2026, 3, 10)


@pytest.fixture
def people(records, account):
    ids = {}
    for name, importance, attitude in [("王军", 5, "neutral"), ("李娜", 3, "champion"), ("Zoe", 2, "unknown")]:
        ids[name], _ = records.create("stakeholder", {"account_id": account, "name": name,
                                                      "importance": importance, "attitude": attitude})
    ids["opp"], _ = records.create("opportunity", {"account_id": account, "name": "Platform"})
    records.create("decision_role", {"opportunity_id": ids["opp"], "stakeholder_id": ids["王军"], "role": "decider"})
    return ids


def test_plan_debrief_follow_up_and_the_clock_resets(records, db, account, people):
    states = contact_states(db)
    assert states[people["王军"]].last_contact is None
    assert states[people["王军"]].cadence_days == 30          # decider / importance 5
    assert states[people["李娜"]].cadence_days == 14          # champion
    assert states[people["Zoe"]].cadence_days == 60           # everyone else
    prop, _ = records.create("value_proposition", {"opportunity_id": people["opp"], "title": "Fewer outages"})
    visit_id, changes = plan_visit(records, VisitPlan(
        account_id=account, opportunity_id=people["opp"], starts_at=datetime(2026, 3, 1, 10),
        purpose="预算", stakeholder_ids=[people["王军"], people["李娜"]], our_people=["陈晓"],
        proposition_ids=[prop]))
    assert len(changes.ids("visit_attendee")) == 3 and changes.ids("proposition_delivery")
    # a planned visit does not reset the clock
    assert contact_states(db)[people["王军"]].last_contact is None
    ids, _ = debrief_visit(records, visit_id, Debrief(
        {"outcome_real_need": "少人值守", "outcome_next_steps": "send minutes"},
        follow_ups=[FollowUp("Send the minutes", "陈晓", date(2026, 3, 5), people["王军"])]))
    visit = records.get("visit", visit_id)
    assert visit["status"] == "done" and visit["outcome_real_need"] == "少人值守"
    action = records.get("action_item", ids[0])
    assert (action["visit_id"], action["opportunity_id"], action["source"]) == (visit_id, people["opp"], "visit")
    assert contact_states(db)[people["王军"]].last_contact == date(2026, 3, 1)
    # the follow-up is overdue on TODAY and shows in the This-week picture
    assert [a.title for a in due_actions(db, TODAY)] == ["Send the minutes"]
    week = this_week(db, TODAY)
    assert people["Zoe"] in {s.stakeholder_id for s in week.overdue}          # never contacted
    assert people["王军"] not in {s.stakeholder_id for s in week.overdue}      # 9 days ago, every 30
    # a logged contact resets the clock too
    records.create("contact_log", {"stakeholder_id": people["Zoe"], "contacted_on": date(2026, 3, 9)})
    assert contact_states(db)[people["Zoe"]].last_contact == date(2026, 3, 9)
    assert people["Zoe"] not in {s.stakeholder_id for s, _ in due_contacts(db, TODAY)}


def test_a_contact_plan_overrides_the_defaults(records, db, people):
    records.create("contact_plan", {"stakeholder_id": people["Zoe"], "cadence_days": 7})
    assert contact_states(db)[people["Zoe"]].cadence_days == 7
    assert contact_states(db, CadenceDefaults(champion=3))[people["李娜"]].cadence_days == 3


def test_debrief_refuses_unknown_outcomes_and_empty_follow_ups(records, account, people):
    visit_id, _ = plan_visit(records, VisitPlan(account_id=account, starts_at=datetime(2026, 3, 1, 10)))
    with pytest.raises(ValidationError):
        debrief_visit(records, visit_id, Debrief({"outcome_mood": "x"}))
    with pytest.raises(ValidationError):
        debrief_visit(records, visit_id, Debrief(follow_ups=[FollowUp("  ")]))
    assert records.get("visit", visit_id)["status"] == "planned"


def test_briefing_shows_roles_attitude_and_open_actions(records, db, account, people):
    records.create("action_item", {"account_id": account, "stakeholder_id": people["王军"], "title": "Call back"})
    b = {x.name: x for x in briefing(db, [people["王军"], people["李娜"]])}
    assert b["王军"].roles == [("Platform", "decider")]
    assert b["王军"].open_actions == [("Call back", None)]
    assert b["李娜"].attitude == "champion"


def test_timelines_per_account_opportunity_and_person_newest_first(records, db, account, people):
    old, _ = plan_visit(records, VisitPlan(account_id=account, starts_at=datetime(2026, 1, 5, 9),
                                           stakeholder_ids=[people["李娜"]]))
    new, _ = plan_visit(records, VisitPlan(account_id=account, opportunity_id=people["opp"],
                                           starts_at=datetime(2026, 2, 5, 9), stakeholder_ids=[people["王军"]]))
    records.create("contact_log", {"stakeholder_id": people["李娜"], "contacted_on": date(2026, 1, 20)})
    note, _ = records.create("note", {"account_id": account, "visit_id": old, "title": "纪要", "body": "预算"})
    acc = timeline(db, account_id=account)
    assert [e.kind for e in acc] == ["visit", "contact_log", "visit", "note"]
    assert acc[3].when == datetime(2026, 1, 5, 9)  # a visit's note is dated by the visit
    assert [e.when for e in acc] == sorted((e.when for e in acc), reverse=True)
    assert [e.id for e in timeline(db, opportunity_id=people["opp"])] == [new]
    lina = timeline(db, account_id=account, stakeholder_id=people["李娜"])
    assert {e.kind for e in lina} == {"visit", "contact_log", "note"} and new not in {e.id for e in lina}


def test_holidays_are_tabulated_through_2030():
    spring = {y: next(m.on for m in holidays(y) if m.key == "spring_festival") for y in range(2025, 2031)}
    assert spring[2026] == date(2026, 2, 17) and spring[2030] == date(2030, 2, 3)
    mid = [m for m in upcoming(date(2026, 9, 1), 45) if m.key == "mid_autumn"]
    assert mid and mid[0].on == date(2026, 9, 25)
    assert [m.key for m in upcoming(date(2026, 9, 20), 12)] == ["mid_autumn", "national_day"]
    assert {m.label("zh") for m in holidays(2027)} >= {"春节", "中秋节", "端午节", "国庆节", "元旦"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1500), st.booleans()), max_size=30), st.integers(1, 5),
       st.integers(0, 1500))
def test_trust_stays_in_range_and_more_contact_never_lowers_it(days, closeness, extra):
    today = date(2026, 6, 30)
    touched = sorted((Touch(today - timedelta(days=d), p) for d, p in days), key=lambda t: t.on)
    before = score(touched, closeness, today)
    for dim in ("frequency", "professional", "depth", "length"):
        assert 0 <= getattr(before, dim) <= 1
    more = sorted(touched + [Touch(today - timedelta(days=extra), True)], key=lambda t: t.on)
    assert score(more, closeness, today).total >= before.total


def test_quarter_ends_and_trend_chart(records, db, account, people):
    assert quarter_ends(date(2026, 5, 10), 3) == [date(2025, 12, 31), date(2026, 3, 31), date(2026, 5, 10)]
    visit_id, _ = plan_visit(records, VisitPlan(account_id=account, starts_at=datetime(2025, 11, 1, 9),
                                                kind="expert_session", stakeholder_ids=[people["王军"]]))
    debrief_visit(records, visit_id, Debrief())
    history = trend(db, people["王军"], date(2026, 5, 10), quarters=4)
    assert history[0].total == 0 < history[1].professional
    assert history[-1].total > history[0].total
    png = render_png(history[-1], history, "zh")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_cached_contact_clock_follows_every_kind_of_change(records, db, account, people):
    from planner.contacts.clock_cache import ContactClock

    clock = ContactClock()
    d = CadenceDefaults()

    def same():
        cached = {k: (v.last_contact, v.first_contact, v.cadence_days) for k, v in clock.states(db, d).items()}
        fresh = {k: (v.last_contact, v.first_contact, v.cadence_days) for k, v in contact_states(db, d).items()}
        assert cached == fresh
    same()
    visit_id, _ = plan_visit(records, VisitPlan(account_id=account, starts_at=datetime(2026, 2, 1, 9),
                                                stakeholder_ids=[people["Zoe"]]))
    same()
    debrief_visit(records, visit_id, Debrief())                       # visit done: Zoe's clock resets
    same()
    (att,) = records.list("visit_attendee", visit_id=visit_id)
    records.update("visit_attendee", att["id"], {"stakeholder_id": people["李娜"]})   # moved to 李娜
    same()
    log, _ = records.create("contact_log", {"stakeholder_id": people["王军"], "contacted_on": date(2026, 3, 2)})
    records.create("contact_plan", {"stakeholder_id": people["李娜"], "cadence_days": 5})
    same()
    records.delete("contact_log", log)
    records.update("opportunity", people["opp"], {"status": "lost"})  # no longer a decider on an open deal
    records.update("stakeholder", people["Zoe"], {"status": "left"})
    same()
    assert people["Zoe"] not in clock.states(db, d)
    records.delete("account", account)
    same()
    assert clock.states(db, d) == {}


def test_cli_thisweek_and_timeline(tmp_path, capsys):
    import json

    from planner.cli.main import main
    from planner.demo import add_demo
    from planner.services import Records
    from planner.store import open_database

    path = tmp_path / "demo.db"
    db = open_database(path)
    add_demo(Records(db), today=date(2026, 5, 4))
    db.close()
    assert main(["--db", str(path), "thisweek", "--date", "2026-05-04", "--json"]) == 0
    week = json.loads(capsys.readouterr().out)
    assert week["contacts"] and {c["status"] for c in week["contacts"]} <= {"overdue", "soon"}
    assert week["moments"] == [{"moment": "Dragon Boat Festival", "on": "2026-06-19"}]   # within 90 days
    assert main(["--db", str(path), "timeline", "--account", "Northwind Hospital Group", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and rows == sorted(rows, key=lambda r: r["when"], reverse=True)
    assert main(["--db", str(path), "timeline", "--account", "Northwind Hospital Group", "--person", "Nobody"]) == 2


def test_the_command_line_uses_the_cadence_set_in_preferences(tmp_path, capsys):
    """The window saves the defaults in the settings; `planner thisweek`
    reads the same ones (it used the built-in ones)."""
    import json

    from planner.cli.main import main
    from planner.contacts import cadence_prefs
    from planner.contacts.cadence import CadenceDefaults, set_defaults
    from planner.demo import add_demo
    from planner.services import Records
    from planner.store import open_database

    path = tmp_path / "demo.db"
    db = open_database(path)
    add_demo(Records(db), today=date(2026, 5, 4))
    db.close()

    def overdue() -> int:
        set_defaults(None)  # a fresh process reads the settings on first use
        assert main(["--db", str(path), "thisweek", "--date", "2026-05-04", "--json"]) == 0
        return sum(c["status"] == "overdue" for c in json.loads(capsys.readouterr().out)["contacts"])

    before = overdue()
    try:
        cadence_prefs.save(CadenceDefaults(decider=3, approver=3, champion=3, important=3, others=3))
        assert overdue() > before
    finally:
        cadence_prefs.save(CadenceDefaults())
        set_defaults(None)


def test_a_visit_still_to_come_cannot_be_marked_done(records, db, account, people, capsys):
    """Done resets contact clocks: refused for a visit on a later day, from
    the debrief service and the command line alike, in both languages."""
    from planner.cli.main import main
    from planner.visits.done_rule import NotHappenedYet

    future = datetime.combine(date.today() + timedelta(days=16), datetime.min.time()).replace(hour=10)
    visit_id, _ = plan_visit(records, VisitPlan(account, future, stakeholder_ids=[people["王军"]]))
    with pytest.raises(NotHappenedYet) as err:
        debrief_visit(records, visit_id, Debrief({"outcome_feedback": "ok"}))
    assert "has not happened yet" in str(err.value) and "尚未发生" in err.value.text("zh_CN")
    assert records.get("visit", visit_id)["status"] == "planned"
    assert contact_states(db)[people["王军"]].last_contact is None        # the clock did not reset
    with pytest.raises(ValidationError):
        records.create("visit", {"account_id": account, "starts_at": future, "status": "done"})
    assert main(["--db", str(db.path), "set", "visit", visit_id, "status=done"]) != 0
    assert "has not happened yet" in capsys.readouterr().err
    assert records.get("visit", visit_id)["status"] == "planned"
    # later today is fine (the day has come), and so is an earlier day
    today_visit, _ = plan_visit(records, VisitPlan(account, datetime.combine(date.today(), datetime.max.time())
                                                   .replace(microsecond=0), stakeholder_ids=[people["李娜"]]))
    debrief_visit(records, today_visit, Debrief())
    assert records.get("visit", today_visit)["status"] == "done"
