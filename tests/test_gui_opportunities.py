"""The Opportunities tab driven through its widgets on the demo account
(pytest-qt, offscreen): decision chain, propositions, control points,
tender-rule checklist, scoring simulator, readiness; every edit undoable."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from planner.demo import add_demo, demo_account_ids
from planner.services.dump import dump
from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import ImmediateWorker


@pytest.fixture
def tab(qtbot, db, records):
    add_demo(records)
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.accounts.select(demo_account_ids()[0])
    page = win.page
    page.tabs.setCurrentWidget(page.opportunities)
    t = page.opportunities
    t.win = win
    t.opp = {o["stage"]: o["id"] for o in t.opps}  # solution = the tender deal, negotiation = the rebuy
    return t


def undo(tab, n=1):
    for _ in range(n):
        tab.session.undo_stack.undo()
    tab.session.bus.flush()


def redo(tab):
    tab.session.undo_stack.redo()
    tab.session.bus.flush()


def warnings(view):
    return [view.warnings.item(i).text() for i in range(view.warnings.count())]


def test_list_shows_open_deals_first_and_history_in_the_deal_view(tab):
    assert [o["status"] for o in tab.opps] == ["open", "open", "won", "lost"]
    tab.select(tab.opp["solution"])
    history = tab.deal.history
    whys = [history.item(r, 3).text() for r in range(history.rowCount())]
    assert any("南瑞报价低12%中标" in w for w in whys)


def test_edit_the_deal_and_add_and_delete_one_with_undo(tab, records, monkeypatch):
    tab.select(tab.opp["solution"])
    stage = tab.deal.form._widgets["stage"]
    stage.setCurrentIndex(stage.findData("tender"))
    stage.activated.emit(stage.currentIndex())
    assert records.get("opportunity", tab.opp["solution"])["stage"] == "tender"
    close = tab.deal.form._widgets["expected_close"]
    close.setText("2027-01-15")
    close.editingFinished.emit()
    assert records.get("opportunity", tab.opp["solution"])["expected_close"] == date(2027, 1, 15)
    undo(tab, 2)
    assert records.get("opportunity", tab.opp["solution"])["stage"] == "solution"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("数据中台二期", True))
    tab.add_opportunity()
    assert tab.opps[tab.list.currentRow()]["name"] == "数据中台二期"
    new = tab.current_id()
    monkeypatch.setattr("ui.opportunities.tab.confirm", lambda *a: True)
    tab.delete_current()
    tab.session.bus.flush()
    assert new not in [o["id"] for o in tab.opps]
    undo(tab)
    assert new in [o["id"] for o in tab.opps]


def test_build_the_decision_chain(tab, records):
    tab.select(tab.opp["solution"])
    chain = tab.chain
    assert any("赵建国" in w and "sceptic" in w for w in warnings(chain))
    # take the decider away: the chain warns, undo brings it back
    row = next(i for i, r in enumerate(chain.rows) if r["role"] == "decider")
    chain.table.selectRow(row)
    chain.remove_selected()
    tab.session.bus.flush()
    assert any("No decider identified" in w for w in warnings(chain))
    undo(tab)
    assert not any("No decider" in w for w in warnings(chain))
    # give someone a second role, with their attitude to the deal
    who = chain.person.findText("李娜", Qt.MatchFlag.MatchStartsWith)
    chain.person.setCurrentIndex(who)
    chain.role.setCurrentIndex(chain.role.findData("buyer"))
    chain.attitude.setCurrentIndex(chain.attitude.findData("champion"))
    chain.add_role()
    tab.session.bus.flush()
    buyers = [r["name"] for r in chain.rows if r["role"] == "buyer"]
    assert "李娜" in buyers
    # the three dimensions of that row
    row = next(i for i, r in enumerate(chain.rows) if r["role"] == "buyer" and r["name"] == "李娜")
    assert chain.table.item(row, 2).text().startswith("Champion")
    assert chain.table.item(row, 6).text()  # business metrics
    # change the attitude of the approver, then undo
    row = next(i for i, r in enumerate(chain.rows) if r["role"] == "approver")
    chain.table.selectRow(row)
    chain.attitude.setCurrentIndex(chain.attitude.findData("supporter"))
    chain.set_attitude()
    tab.session.bus.flush()
    assert not any("sceptic about this deal" in w for w in warnings(chain))
    undo(tab)
    assert any("sceptic about this deal" in w for w in warnings(chain))


def test_write_aim_and_log_a_value_proposition(tab, records):
    tab.select(tab.opp["solution"])
    view = tab.propositions
    before = view.list.count()
    view.add_proposition()
    assert view.list.count() == before + 1
    pid = view.current_id()
    view.title.setText("两小时到场，驻场运维")
    view.title.editingFinished.emit()
    view.text.setPlainText("Local team on site within two hours. " * 30)  # far over a minute
    view.text.setFocus()
    view.title.setFocus()  # focus out commits the text
    tab.session.bus.flush()
    assert records.get("value_proposition", pid)["title"] == "两小时到场，驻场运维"
    assert any("seconds to say" in w for w in warnings(view))
    assert any("more" in w and "propositions" in w for w in warnings(view))  # four on one deal
    view.target_person.setCurrentIndex(view.target_person.findText("钱卫东"))
    view.add_target()
    view.to_whom.setCurrentIndex(view.to_whom.findText("钱卫东"))
    view.channel.setCurrentIndex(view.channel.findData("demo"))
    view.reaction.setCurrentIndex(view.reaction.findData("positive"))
    view.when.setText("2026-03-02")
    view.log_delivery()
    tab.session.bus.flush()
    deliveries = records.list("proposition_delivery", proposition_id=pid)
    assert [(d["channel"], d["reaction"], d["delivered_on"]) for d in deliveries] == [
        ("demo", "positive", date(2026, 3, 2))]
    assert view.deliveries.rowCount() == 1 and view.deliveries.item(0, 2).text() == "钱卫东"
    view.worked.click()
    assert records.get("value_proposition", pid)["worked"] is True
    undo(tab, 2)  # the mark and the delivery
    assert records.list("proposition_delivery", proposition_id=pid) == []
    assert records.get("value_proposition", pid)["worked"] is False


def test_copy_a_proposition_from_the_library(tab, records):
    tab.select(tab.opp["negotiation"])
    from ui.opportunities.propositions_view import LibraryDialog

    dialog = LibraryDialog(tab.session)
    dialog.search.setText("quexian")  # pinyin of 缺陷
    assert dialog.list.count() == 1
    chosen = dialog.chosen()
    new = tab.propositions.copy_from_library(chosen)
    copy = records.get("value_proposition", new)
    assert copy["opportunity_id"] == tab.opp["negotiation"] and copy["origin_id"] == chosen["id"]
    undo(tab)
    assert new not in [p["id"] for p in records.list("value_proposition")]


def test_work_the_control_points(tab, records):
    tab.select(tab.opp["negotiation"])  # the rebuy has none yet
    view = tab.control_points
    assert not view.start.isHidden() and not view.box.isEnabled()
    view.start_points()
    assert view.box.isEnabled() and all(r["item_id"] for r in view.rows)
    status = view.widgets[3]["status"]
    status.setCurrentIndex(status.findData("under_control"))
    status.activated.emit(status.currentIndex())
    evidence = view.widgets[3]["evidence"]
    evidence.setText("林涛确认：竞争性谈判")
    evidence.editingFinished.emit()
    tab.session.bus.flush()
    item = records.get("checklist_item", view.rows[3]["item_id"])
    assert (item["status"], item["evidence"], item["due_date"]) == (
        "under_control", "林涛确认：竞争性谈判", date.today())
    assert "Under control: 1" in view.summary.text()
    undo(tab, 3)  # evidence, status, the start
    assert not view.box.isEnabled()
    assert [c for c in records.list("checklist", opportunity_id=tab.opp["negotiation"])] == []
    redo(tab)
    assert view.box.isEnabled()


def test_checklist_from_the_public_tender_template(tab, records, monkeypatch):
    tab.select(tab.opp["negotiation"])
    view = tab.checklist
    assert not view.empty.isHidden()
    view.template.setCurrentIndex(view.template.findData("builtin:public_tender"))
    view.start_from_template()
    assert view.table.rowCount() > 20
    assert view.table.item(0, 1).text() == "Procurement method"
    # fill an item: value typed in the table, status from its combo
    view.table.item(0, 3).setText("competitive negotiation")
    combo = view.table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("confirmed"))
    combo.activated.emit(combo.currentIndex())
    tab.session.bus.flush()
    first = view.items[0]
    assert (first["value"], first["status"]) == ("competitive negotiation", "confirmed")
    assert "1 of" in view.summary.text()
    # reorder: the first item moves down, undo moves it back
    view.table.selectRow(0)
    view.move(1)
    assert view.items[1]["id"] == first["id"]
    undo(tab)
    assert view.items[0]["id"] == first["id"]
    # add and delete an item
    n = len(view.items)
    view.table.selectRow(2)
    view.add_item()
    tab.session.bus.flush()
    assert len(view.items) == n + 1
    view.table.selectRow(len(view.items) - 1)
    view.delete_item()
    tab.session.bus.flush()
    assert len(view.items) == n
    # save as a template: offered next time
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grid competitive negotiation", True))
    view.save_as_template()
    tab.session.bus.flush()
    assert view.template.findText("Grid competitive negotiation") >= 0
    # prefill: a past checklist at the account recorded the weights
    pilot = next(o["id"] for o in tab.opps if o["status"] == "won")
    with records.transaction() as w:
        from planner.deals.tender import templates
        old = templates.start_checklist(w, templates.templates(tab.session.db), pilot,
                                        "builtin:invited_tender", "zh_CN")
    weights = next(i for i in templates.checklist_items(tab.session.db, old) if i["label"].startswith("技术分"))
    records.update("checklist_item", weights["id"], {"value": "技术分70%，商务分10%，价格分20%"})
    monkeypatch.setattr("ui.opportunities.checklist_view.confirm", lambda *a: True)
    view.prefill()
    tab.session.bus.flush()
    filled = next(i for i in view.items if i["label"].startswith("Technical / commercial"))
    # the newest deal that recorded it wins: the tender deal's checklist, not the old pilot's
    assert filled["value"] == "技术分 60%，商务分 10%，价格分 30%" and filled["status"] == "known"
    assert "to be confirmed" in filled["evidence"]
    assert next(i for i in view.items if i["label"] == "Reference projects required")["value"].startswith("近三年")
    undo(tab)
    filled = next(i for i in view.items if i["label"].startswith("Technical / commercial"))
    assert filled["value"] == ""
    shown = dump(tab.session.db)["records"]
    assert any(t["name"] == "Grid competitive negotiation" for t in shown["checklist_template"])


def test_run_the_scoring_simulator(tab, records):
    tab.select(tab.opp["solution"])
    view = tab.scoring
    assert not view.empty.isHidden()
    view.new_simulation()
    sim = view.sim
    assert [b["name"] for b in sim["bidders"]] == ["Us", "华为", "南瑞"]
    assert "We rank first" in view.verdict.text()
    assert view.chart.picture is not None and not view.chart.picture.isNull()
    # Huawei bids 10 % lower with a better technical score
    view.bidders.item(1, 2).setText("90")
    tab.session.bus.flush()
    view.bidders.item(1, 4).setText("34,200,000")
    tab.session.bus.flush()
    assert records.get("tender_simulation", sim["id"])["bidders"][1]["price"] == 34_200_000
    assert "We rank 2 of 3" in view.verdict.text()
    assert "bid at most" in view.verdict.text()
    assert view.ranking.item(0, 1).text() == "华为"
    # lowest price wins instead
    view.rule.setCurrentIndex(view.rule.findData("lowest_price_wins"))
    view.rule.activated.emit(view.rule.currentIndex())
    tab.session.bus.flush()
    assert records.get("tender_simulation", sim["id"])["price_rule"] == "lowest_price_wins"
    assert "34,199,99" in view.verdict.text() or "34,200,000" in view.verdict.text()
    undo(tab)
    assert view.sim["price_rule"] == "lowest_benchmark"
    shown = dump(tab.session.db)["records"]["tender_simulation"]
    assert shown and shown[0]["bidders"][1]["name"] == "华为"
    # each bidder cell is its own undo step: the price goes back, the score stays
    undo(tab)
    assert records.get("tender_simulation", sim["id"])["bidders"][1]["price"] != 34_200_000
    assert records.get("tender_simulation", sim["id"])["bidders"][1]["technical"] == 90
    undo(tab)
    assert records.get("tender_simulation", sim["id"])["bidders"][1]["technical"] != 90


def test_readiness_follows_the_work(tab, records):
    tab.select(tab.opp["solution"])
    tab.views.setCurrentWidget(tab.readiness)
    view = tab.readiness
    score = view.result["score"]
    assert "/100" in view.headline.text()
    assert view.tree.topLevelItemCount() == 4
    # the award rule becomes known: the score goes up
    cp = tab.control_points
    status = cp.widgets[5]["status"]
    status.setCurrentIndex(status.findData("under_control"))
    status.activated.emit(status.currentIndex())
    tab.session.bus.flush()
    assert view.result["score"] > score
    undo(tab)
    assert view.result["score"] == score


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_window_fits_a_1366x768_laptop_with_every_tab(qtbot, db, records, lang):
    """Wide views (decision chain, scoring simulator) scroll instead of
    forcing the window wider or taller than the screen."""
    from ui import i18n

    add_demo(records)
    i18n.install(lang)
    try:
        win = MainWindow(Session(db, ImmediateWorker()))
        qtbot.addWidget(win)
        win.show()
        win.accounts.select(demo_account_ids()[0])
        for i in range(win.page.tabs.count()):
            win.page.tabs.setCurrentIndex(i)
        opp = win.page.opportunities
        for view in (opp.chain, opp.scoring, opp.propositions):
            opp.views.setCurrentWidget(view)
            assert opp.views.currentWidget() is view
        hint = win.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700, hint
        win.resize(1366, 700)
        assert win.width() == 1366 and win.height() == 700
    finally:
        i18n.install("en")
