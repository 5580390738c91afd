"""Planned visits as iCalendar: a standard parser accepts the file and gets
the Chinese text back whole; folding never splits a character."""

from datetime import datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from planner.calendar.ics import escape, export_ics, fold, to_ics, Event

icalendar = pytest.importorskip("icalendar")


def _visit(records, account, days, **kw):
    start = datetime.now().replace(microsecond=0, second=0) + timedelta(days=days)
    vid, _ = records.create("visit", {"account_id": account, "starts_at": start, **kw})
    return vid, start


def test_planned_visits_round_trip_through_a_standard_parser(tmp_path, records):
    account, _ = records.create("account", {"name": "华东某省电力公司"})
    long_purpose = "向钱总汇报试点效益评估终稿，商定办公会汇报安排; 预算, 招标\\流程 " * 3
    person, _ = records.create("stakeholder", {"account_id": account, "name": "王军", "title": "主任"})
    v1, start = _visit(records, account, 3, purpose=long_purpose, place="信通部会议室, 3楼",
                       ends_at=datetime.now().replace(microsecond=0, second=0) + timedelta(days=3, hours=2),
                       questions="预算多少？\n谁拍板？")
    records.create("visit_attendee", {"visit_id": v1, "stakeholder_id": person})
    records.create("visit_attendee", {"visit_id": v1, "our_person": "陈晓"})
    _visit(records, account, -3, purpose="过去的计划")                    # past: left out
    _visit(records, account, 5, purpose="已取消", status="cancelled")      # not planned (a future visit cannot be done)
    deleted, _ = _visit(records, account, 6, purpose="删掉的")
    records.delete("visit", deleted)
    out = tmp_path / "visits.ics"
    assert export_ics(records.db, out) == 1
    raw = out.read_bytes()
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    raw.decode("utf-8")  # folding split no character
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert len(events) == 1
    e = events[0]
    assert str(e["UID"]) == v1
    assert str(e["SUMMARY"]) == f"华东某省电力公司: {long_purpose}"
    assert str(e["LOCATION"]) == "信通部会议室, 3楼"
    assert "王军 (主任)" in str(e["DESCRIPTION"]) and "陈晓" in str(e["DESCRIPTION"])
    assert "预算多少？\n谁拍板？" in str(e["DESCRIPTION"])
    assert e.decoded("DTSTART") == start.astimezone()
    assert e.decoded("DTEND") - e.decoded("DTSTART") == timedelta(hours=2)
    assert e.decoded("DTSTAMP").tzinfo is not None
    assert export_ics(records.db, out, include_past=True) == 2


def test_account_filter_and_default_length(tmp_path, records):
    a, _ = records.create("account", {"name": "A"})
    b, _ = records.create("account", {"name": "B"})
    _visit(records, a, 1, purpose="in A")
    _visit(records, b, 1, purpose="in B")
    out = tmp_path / "a.ics"
    assert export_ics(records.db, out, account_id=a) == 1
    e = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert str(e["SUMMARY"]) == "A: in A"
    assert e.decoded("DTEND") - e.decoded("DTSTART") == timedelta(hours=1)


def test_empty_calendar_is_still_valid():
    cal = icalendar.Calendar.from_ical(to_ics([]))
    assert cal.walk("VEVENT") == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=300))
def test_fold_never_splits_a_character_and_unfolds_back(text):
    line = "DESCRIPTION:" + escape(text)
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_escaping_round_trips():
    text = "a,b;c\\d\n第二行：预算"
    ev = Event("x1", datetime(2026, 5, 6, 9, 30), None, text, text, text)
    e = icalendar.Calendar.from_ical(to_ics([ev])).walk("VEVENT")[0]
    assert str(e["SUMMARY"]) == text and str(e["LOCATION"]) == text and str(e["DESCRIPTION"]) == text
