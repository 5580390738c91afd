"""Visits & notes driven through the real widgets (pytest-qt, offscreen):
plan -> debrief -> follow-up -> cadence reset, notes autosave, quick capture,
This week."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from planner.contacts.cadence import contact_states
from ui.main_window import MainWindow
from ui.session import Session
from ui.visits import plan_dialog as plan_module
from ui.visits.note_editor import AUTOSAVE_MS
from ui.worker import ImmediateWorker


@pytest.fixture
def window(qtbot, db, records):
    ids = {}
    ids["acc"], _ = records.create("account", {"name": "华东电网", "tier": "S"})
    ids["other"], _ = records.create("account", {"name": "Acme Hospital", "tier": "A"})
    for name, roman, importance in [("王军", "Wang Jun", 5), ("李娜", "", 3)]:
        ids[name], _ = records.create("stakeholder", {"account_id": ids["acc"], "name": name,
                                                      "name_romanised": roman, "importance": importance})
    ids["opp"], _ = records.create("opportunity", {"account_id": ids["acc"], "name": "平台项目"})
    records.create("decision_role", {"opportunity_id": ids["opp"], "stakeholder_id": ids["王军"], "role": "decider"})
    ids["prop"], _ = records.create("value_proposition", {"opportunity_id": ids["opp"], "title": "停运降30%"})
    records.create("action_item", {"account_id": ids["acc"], "stakeholder_id": ids["王军"], "title": "送白皮书"})
    records.create("contact_log", {"stakeholder_id": ids["王军"], "contacted_on": date.today() - timedelta(days=40)})
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    win.accounts.select(ids["acc"])
    win.page.tabs.setCurrentWidget(win.page.visits)
    win.ids = ids
    yield win
    session.undo_stack.cleanChanged.disconnect()  # no signal reaches a deleted window


def test_plan_debrief_follow_up_and_cadence_reset(window, qtbot, records, db, monkeypatch):
    ids, tab = window.ids, window.page.visits
    assert contact_states(db)[ids["王军"]].status(date.today(), 7) == "overdue"   # 40 days, every 30
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    seen = {}

    def fill_and_accept(dialog):
        dialog.opportunity.setCurrentIndex(dialog.opportunity.findData(ids["opp"]))
        dialog.starts.setDateTime(start)
        dialog.place.setText("信通部")
        qtbot.keyClicks(dialog.purpose, "Agree the pilot")
        dialog.set_attendees([ids["王军"]])
        dialog.set_propositions([ids["prop"]])
        seen["brief"] = dialog.brief.toPlainText()
        return True
    monkeypatch.setattr(plan_module.PlanVisitDialog, "exec", fill_and_accept)
    tab.plan_visit()
    # the briefing showed the attendee's buying role and open action while planning
    assert "送白皮书" in seen["brief"] and "Decider" in seen["brief"]
    (visit,) = records.list("visit", account_id=ids["acc"])
    assert (visit["status"], visit["place"], visit["purpose"]) == ("planned", "信通部", "Agree the pilot")
    assert [a["stakeholder_id"] for a in records.list("visit_attendee", visit_id=visit["id"])] == [ids["王军"]]
    assert records.list("proposition_delivery", visit_id=visit["id"])
    assert tab.detail.currentWidget() is tab.visit_panel     # the new visit is selected

    panel = tab.visit_panel
    qtbot.keyClicks(panel.findChild(QPlainTextEdit, "outcome_real_need"), "fewer night shifts")
    qtbot.keyClicks(panel.findChild(QPlainTextEdit, "outcome_next_steps"), "send the minutes")
    panel.add_follow_up("Send the minutes", "Chen", date.today() - timedelta(days=1))
    qtbot.mouseClick(panel.done_btn, Qt.MouseButton.LeftButton)

    visit = records.get("visit", visit["id"])
    assert (visit["status"], visit["outcome_real_need"]) == ("done", "fewer night shifts")
    (action,) = records.list("action_item", visit_id=visit["id"])
    assert (action["owner"], action["due_date"]) == ("Chen", date.today() - timedelta(days=1))
    # the person's clock is reset by the done visit they attended
    state = contact_states(db)[ids["王军"]]
    assert state.last_contact == start.date() and state.status(date.today(), 7) == "ok"
    tab.select_person(ids["王军"])
    assert "on track" in tab.person_panel.summary.text()
    assert not tab.person_panel.chart.pixmap().isNull()

    # the follow-up shows in This week (overdue), the person no longer does
    dialog = window.visit_actions.show_this_week()
    qtbot.addWidget(dialog)
    texts = [dialog.tree.topLevelItem(i).child(j).text(0) for i in range(dialog.tree.topLevelItemCount())
             for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert "Send the minutes" in texts and "王军" not in texts and "李娜" in texts
    dialog.close()

    # one undo takes the whole debrief back
    window.session.undo_stack.undo()
    window.session.bus.flush()
    assert records.get("visit", visit["id"])["status"] == "planned"
    assert records.list("action_item", visit_id=visit["id"]) == []


def test_note_editor_autosaves_markdown_and_links(window, qtbot, records):
    tab = window.page.visits
    note_id = tab.new_note("Call notes")
    editor = tab.note_editor
    qtbot.keyClicks(editor.text, "Budget ")
    editor._bold()
    qtbot.keyClicks(editor.text, "4000")
    editor._bold()
    qtbot.keyClicks(editor.text, " for ")
    editor.link("stakeholder", window.ids["王军"], "王军")
    assert records.get("note", note_id)["body"] == ""          # not yet: typing goes on
    qtbot.wait(AUTOSAVE_MS + 400)
    body = records.get("note", note_id)["body"]
    assert "Budget **4000**" in body and f"[王军](planner:stakeholder/{window.ids['王军']})" in body
    # focus-out saves at once
    qtbot.keyClicks(editor.text, " more")
    editor.save()
    assert "more" in records.get("note", note_id)["body"]
    editor.private.setChecked(True)
    assert records.get("note", note_id)["private"] is True


def test_quick_capture_finds_people_by_pinyin_and_logs_a_visit(window, qtbot, records, db):
    dialog = window.visit_actions.quick_capture()
    qtbot.addWidget(dialog)
    dialog.account.clear()
    qtbot.keyClicks(dialog.account, "huadong")        # pinyin of 华东
    qtbot.keyClicks(dialog.person, "wangj")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.account_id == window.ids["acc"] and dialog.people_ids == [window.ids["王军"]]
    qtbot.keyClicks(dialog.text, "Coffee with Wang")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "he wants the pilot extended")
    assert dialog.save()
    (visit,) = records.list("visit", account_id=window.ids["acc"])
    assert (visit["status"], visit["purpose"]) == ("done", "Coffee with Wang")
    assert contact_states(db)[window.ids["王军"]].last_contact == date.today()


def test_this_week_log_contact_resets_the_clock(window, qtbot, db):
    dialog = window.visit_actions.show_this_week()
    qtbot.addWidget(dialog)
    overdue = dialog.tree.topLevelItem(0)
    row = next(overdue.child(i) for i in range(overdue.childCount()) if overdue.child(i).text(0) == "王军")
    dialog.tree.setCurrentItem(row)
    assert dialog.log_selected()
    assert contact_states(db)[window.ids["王军"]].last_contact == date.today()
    overdue = dialog.tree.topLevelItem(0)
    assert "王军" not in [overdue.child(i).text(0) for i in range(overdue.childCount())]


def test_change_the_plan_then_cancel_the_visit(window, qtbot, records, monkeypatch):
    ids, tab = window.ids, window.page.visits
    calls = iter([
        lambda d: (d.opportunity.setCurrentIndex(d.opportunity.findData(ids["opp"])),
                   d.set_attendees([ids["王军"]]), d.set_propositions([ids["prop"]])),
        lambda d: (d.set_attendees([ids["李娜"]]), d.place.setText("Room 3"), d.ours.setText("陈晓")),
    ])
    monkeypatch.setattr(plan_module.PlanVisitDialog, "exec", lambda d: next(calls)(d) or True)
    visit_id = tab.plan_visit()
    assert len(records.list("proposition_delivery", visit_id=visit_id)) == 1
    assert tab.visit_panel.edit_btn.isVisible()
    qtbot.mouseClick(tab.visit_panel.edit_btn, Qt.MouseButton.LeftButton)
    visit = records.get("visit", visit_id)
    attendees = records.list("visit_attendee", visit_id=visit_id)
    assert visit["place"] == "Room 3"
    assert {(a["stakeholder_id"], a["our_person"]) for a in attendees} == {(ids["李娜"], ""), (None, "陈晓")}
    assert len(records.list("proposition_delivery", visit_id=visit_id)) == 1   # still planned
    assert tab.visit_panel.cancel_visit()
    assert records.get("visit", visit_id)["status"] == "cancelled"
    assert records.list("proposition_delivery", visit_id=visit_id) == []
    assert not tab.visit_panel.cancel_btn.isVisible()
    window.session.undo_stack.undo()
    window.session.bus.flush()
    assert records.get("visit", visit_id)["status"] == "planned"
    assert len(records.list("proposition_delivery", visit_id=visit_id)) == 1


def test_quick_capture_never_guesses_among_several_matches(window, qtbot, records, db):
    """Enter takes a person only when the text names them exactly or matches
    nobody else; otherwise the choices show and nothing is logged."""
    ids = window.ids
    for name in ("林涛", "冯丽"):
        ids[name], _ = records.create("stakeholder", {"account_id": ids["acc"], "name": name})
    records.create("account", {"name": "华东某省电力公司", "tier": "A"})
    dialog = window.visit_actions.quick_capture()
    qtbot.addWidget(dialog)
    dialog.show()
    # two accounts contain "o": none is taken, the rep is asked to pick
    dialog.account.setText("o")
    dialog.person.setText("lintao")
    dialog._person_entered()
    assert dialog.account_id is None and dialog.people_ids == []
    assert "Several accounts match" in dialog.error.text()
    dialog.account.setText("华东电网")       # exact name
    # "lin" matches 林涛 and 李娜 (lina): show both, add nobody
    dialog.person.setText("lin")
    dialog._person_entered()
    assert dialog.account_id == ids["acc"] and dialog.people_ids == []
    assert "2 people match" in dialog.error.text()
    popup = dialog.people_completer.popup()
    assert popup.isVisible()
    shown = {popup.model().index(r, 0).data() for r in range(popup.model().rowCount())}
    assert shown == {"林涛", "李娜"}
    # picking from the list adds the one picked
    index = next(popup.model().index(r, 0) for r in range(popup.model().rowCount())
                 if popup.model().index(r, 0).data() == "林涛")
    dialog.people_completer.activated[type(index)].emit(index)
    assert dialog.people_ids == [ids["林涛"]]
    # "li" matches three people: nothing added
    dialog.person.setText("li")
    dialog._person_entered()
    assert dialog.people_ids == [ids["林涛"]] and "3 people match" in dialog.error.text()
    # the whole pinyin is exact even though "lina" is also in other keys
    dialog.person.setText("lina")
    dialog._person_entered()
    assert dialog.people_ids == [ids["林涛"], ids["李娜"]]
    dialog.person.setText("li")
    dialog.kind_contact.setChecked(True)
    assert dialog.save()
    logged = {c["stakeholder_id"] for c in records.list("contact_log") if c["contacted_on"] == date.today()}
    assert logged == {ids["林涛"], ids["李娜"]}


def test_mark_done_on_a_future_visit_offers_to_move_it_to_today(window, qtbot, records, db, monkeypatch):
    from ui.visits import visit_panel as panel_module

    ids, tab = window.ids, window.page.visits
    start = datetime.combine(date.today() + timedelta(days=16), datetime.min.time()).replace(hour=9)
    visit_id, _ = records.create("visit", {"account_id": ids["acc"], "starts_at": start,
                                           "ends_at": start + timedelta(hours=1), "status": "planned"})
    records.create("visit_attendee", {"visit_id": visit_id, "stakeholder_id": ids["李娜"]})
    window.session.bus.flush()
    panel = tab.visit_panel
    panel.show_visit(visit_id)
    asked = []
    monkeypatch.setattr(panel_module.dialogs, "confirm", lambda *a: asked.append(a[2]) or False)
    qtbot.keyClicks(panel.findChild(QPlainTextEdit, "outcome_feedback"), "positive")
    assert not panel.save(mark_done=True)                     # declined: nothing written
    assert start.date().isoformat() in asked[0] and "Not marked done" in panel.error.text()
    assert records.get("visit", visit_id)["status"] == "planned"
    assert contact_states(db)[ids["李娜"]].last_contact is None
    monkeypatch.setattr(panel_module.dialogs, "confirm", lambda *a: True)
    assert panel.save(mark_done=True)                         # accepted: moved to today, then done
    visit = records.get("visit", visit_id)
    assert visit["status"] == "done" and visit["starts_at"] == start.replace(
        year=date.today().year, month=date.today().month, day=date.today().day)
    assert visit["ends_at"] - visit["starts_at"] == timedelta(hours=1)
    assert contact_states(db)[ids["李娜"]].last_contact == date.today()
    window.session.undo_stack.undo()                           # one step back: planned on its day again
    window.session.bus.flush()
    assert (records.get("visit", visit_id)["status"], records.get("visit", visit_id)["starts_at"]) == ("planned", start)


def test_narrowing_to_a_person_with_no_records_clears_the_detail_and_says_so(window, qtbot, records):
    ids, tab = window.ids, window.page.visits
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=3)
    visit_id, _ = records.create("visit", {"account_id": ids["acc"], "starts_at": start, "status": "done",
                                           "purpose": "Pilot review"})
    records.create("visit_attendee", {"visit_id": visit_id, "stakeholder_id": ids["王军"]})
    window.session.bus.flush()
    tab.select_person(ids["王军"])               # his visit is in his timeline: it stays shown
    assert tab.select_entry("visit", visit_id)
    assert tab.detail.currentWidget() is tab.visit_panel
    assert tab.person_panel.chart.pixmap() is not None and not tab.person_panel.chart.pixmap().isNull()
    tab.select_person(ids["李娜"])               # nothing recorded with her
    assert tab.model.entries == []
    assert tab.detail.currentWidget() is tab.placeholder
    assert "李娜" in tab.placeholder.text() and "Nothing recorded" in tab.placeholder.text()
    chart = tab.person_panel.chart
    assert chart.pixmap().isNull() and "No trust history yet" in chart.text()
    tab.select_person(ids["王军"])               # back: the chart is drawn again
    assert not tab.person_panel.chart.pixmap().isNull()
    tab.person.setCurrentIndex(0)                # everyone: a hint to pick, no stale visit
    assert tab.detail.currentWidget() is tab.placeholder and "Pick a visit" in tab.placeholder.text()


def test_quick_capture_finds_a_person_by_the_surname_reading_too(window, qtbot, records):
    zeng, _ = records.create("stakeholder", {"account_id": window.ids["acc"], "name": "曾小明"})
    dialog = window.visit_actions.quick_capture()
    qtbot.addWidget(dialog)
    dialog.set_account(window.ids["acc"])
    for typed in ("zengx", "zxm", "cengxiaoming"):  # the surname reading, and the common one
        dialog.person.clear()
        dialog.chosen.clear()
        dialog.people_ids = []
        qtbot.keyClicks(dialog.person, typed)
        qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
        assert dialog.people_ids == [zeng], typed
