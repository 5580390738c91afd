"""The Plan tab driven through its widgets (pytest-qt, offscreen): adding an
objective with an action, completing an action with one keystroke, marking
a whitespace cell and starting an opportunity from it, recording an NPS
score; each undone through the session's undo stack."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from planner.plan import whitespace
from ui.main_window import MainWindow
from ui.plan.common import Section
from ui.plan.dialogs import ActionDialog, ObjectiveDialog
from ui.plan.portfolio_dialog import PortfolioDialog
from ui.session import Session
from ui.worker import ImmediateWorker

TODAY = date.today()


@pytest.fixture
def window(qtbot, db, records):
    ids = {}
    ids["account"], _ = records.create("account", {"name": "华东电网", "tier": "S", "current_business": 9e6})
    records.create("account", {"name": "Acme", "tier": "C", "current_business": 1e6})
    ids["ops"], _ = records.create("department", {"account_id": ids["account"], "name": "运检部"})
    ids["fin"], _ = records.create("department", {"account_id": ids["account"], "name": "财务部"})
    ids["monitoring"], _ = records.create("offering", {"name": "Monitoring · 在线监测"})
    ids["service"], _ = records.create("offering", {"name": "Service · 运维服务", "position": 1})
    ids["wang"], _ = records.create("stakeholder", {"account_id": ids["account"], "name": "王军",
                                                    "importance": 5, "closeness": 4})
    ids["late"], _ = records.create("action_item", {"account_id": ids["account"], "title": "Send minutes",
                                                    "owner": "陈晓", "due_date": TODAY - timedelta(days=3)})
    ids["later"], _ = records.create("action_item", {"account_id": ids["account"], "title": "Tender rules",
                                                     "owner": "周鹏", "due_date": TODAY + timedelta(days=20)})
    win = MainWindow(Session(db, ImmediateWorker()))
    qtbot.addWidget(win)
    win.show()
    win.accounts.select(ids["account"])
    win.page.tabs.setCurrentWidget(win.page.plan)
    win.ids = ids
    return win


def undo(win):
    win.session.undo_stack.undo()
    win.session.bus.flush()


def redo(win):
    win.session.undo_stack.redo()
    win.session.bus.flush()


def test_add_an_objective_with_an_action(window, qtbot, records, monkeypatch):
    plan = window.page.plan
    plan.show_section(plan.objectives)
    section = plan.objectives
    assert section.empty.isVisible()  # empty state says what to do

    def fill_objective(dialog):
        qtbot.keyClicks(dialog.title, "Executive sponsor at CFO level")
        dialog.kind.setCurrentIndex(dialog.kind.findData("relationship"))
        qtbot.keyClicks(dialog.owner, "Wang")
        return 1
    monkeypatch.setattr(ObjectiveDialog, "exec", fill_objective)
    qtbot.mouseClick(_button(section, "addObjective"), Qt.MouseButton.LeftButton)
    [objective] = records.list("objective")
    assert (objective["title"], objective["kind"], objective["owner"]) == (
        "Executive sponsor at CFO level", "relationship", "Wang")
    assert not section.empty.isVisible() and section.tree.topLevelItemCount() == 1

    section.tree.setCurrentItem(section.tree.topLevelItem(0))

    def fill_action(dialog):
        assert dialog.objective.currentData() == objective["id"]  # the selected objective
        qtbot.keyClicks(dialog.title, "Lunch with the CFO")
        qtbot.keyClicks(dialog.owner, "Chen")
        return 1
    monkeypatch.setattr(ActionDialog, "exec", fill_action)
    qtbot.mouseClick(_button(section, "addObjectiveAction"), Qt.MouseButton.LeftButton)
    [action] = [a for a in records.list("action_item") if a["title"] == "Lunch with the CFO"]
    assert action["objective_id"] == objective["id"] and action["source"] == "objective"
    top = section.tree.topLevelItem(0)
    assert top.childCount() == 1 and "Lunch with the CFO" in top.child(0).text(0)
    # the action plan lists it too, serving the objective
    assert any(a["objective_title"] == "Executive sponsor at CFO level" for a in plan.actions.all)

    undo(window)
    assert [a for a in records.list("action_item") if a["title"] == "Lunch with the CFO"] == []
    assert section.tree.topLevelItem(0).childCount() == 0
    undo(window)
    assert records.list("objective") == [] and section.tree.topLevelItemCount() == 0
    redo(window)
    assert records.list("objective")[0]["id"] == objective["id"]


def _button(widget, name):
    from PySide6.QtWidgets import QAbstractButton

    button = widget.findChild(QAbstractButton, name)
    assert button is not None, name
    return button


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)])
def test_complete_an_action_with_one_keystroke_and_undo(window, qtbot, records, keys):
    plan = window.page.plan
    plan.show_section(plan.actions)
    section = plan.actions
    assert [a["title"] for a in section.shown] == ["Send minutes", "Tender rules"]
    assert section.shown[0]["overdue"] and "1 overdue" in section.count.text()
    table = section.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, *keys)
    late = records.get("action_item", window.ids["late"])
    assert late["done"] is True and late["done_on"] == TODAY
    assert [a["title"] for a in section.shown] == ["Tender rules"]  # open actions only
    assert window.session.undo_stack.count() == 1
    undo(window)
    late = records.get("action_item", window.ids["late"])
    assert late["done"] is False and late["done_on"] is None
    assert [a["title"] for a in section.shown] == ["Send minutes", "Tender rules"]


def test_action_filters_in_the_window(window, qtbot, records):
    section = window.page.plan.actions
    section.status.setCurrentIndex(section.status.findData("overdue"))
    assert [a["title"] for a in section.shown] == ["Send minutes"]
    section.status.setCurrentIndex(section.status.findData("all"))
    section.owner.setCurrentIndex(section.owner.findData("周鹏"))
    assert [a["title"] for a in section.shown] == ["Tender rules"]
    section.owner.setCurrentIndex(0)
    section.due.setCurrentIndex(section.due.findData(7))
    assert [a["title"] for a in section.shown] == ["Send minutes"]


def test_mark_a_whitespace_cell_and_undo(window, qtbot, records):
    plan = window.page.plan
    plan.show_section(plan.whitespace)
    grid = plan.whitespace
    assert grid.table.rowCount() == 2 and grid.table.columnCount() == 2
    assert grid.table.horizontalHeaderItem(0).text() == "Monitoring\n在线监测"
    row = [d["name"] for d in grid.grid["departments"]].index("运检部")
    menu = grid.menu_for(row, 0)
    [competitor] = [a for a in menu.actions() if a.data() == "competitor"]
    competitor.trigger()
    dep, off = window.ids["ops"], window.ids["monitoring"]
    assert whitespace.cell_state(window.session.db, dep, off)["state"] == "competitor"
    assert grid.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == "competitor"
    [installed] = [a for a in grid.menu_for(row, 0).actions() if a.data() == "installed"]
    installed.trigger()
    assert whitespace.cell_state(window.session.db, dep, off)["state"] == "installed"
    undo(window)
    assert whitespace.cell_state(window.session.db, dep, off)["state"] == "competitor"
    undo(window)
    assert whitespace.cell_state(window.session.db, dep, off) is None
    assert grid.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == "unknown"
    redo(window)
    assert grid.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == "competitor"


def test_start_an_opportunity_from_a_whitespace_cell(window, qtbot, records, monkeypatch):
    grid = window.page.plan.whitespace
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("运检部 · 在线监测二期", True)))
    row = [d["name"] for d in grid.grid["departments"]].index("财务部")
    [start] = [a for a in grid.menu_for(row, 1).actions() if a.data() == "start"]
    start.trigger()
    [opp] = records.list("opportunity")
    assert opp["name"] == "运检部 · 在线监测二期" and opp["account_id"] == window.ids["account"]
    cell = whitespace.cell_state(window.session.db, window.ids["fin"], window.ids["service"])
    assert cell == {"state": "open_opportunity", "opportunity_id": opp["id"], "note": ""}
    assert "运检部 · 在线监测二期" in grid.table.item(row, 1).toolTip()
    undo(window)  # one step: the opportunity and the mark
    assert records.list("opportunity") == []
    assert whitespace.cell_state(window.session.db, window.ids["fin"], window.ids["service"]) is None


def test_record_an_nps_score(window, qtbot, records):
    plan = window.page.plan
    plan.show_section(plan.health)
    health = plan.health
    assert "No NPS answers" in health.nps_summary.text()
    health.person.setCurrentIndex(health.person.findData(window.ids["wang"]))
    health.answer.setValue(9)
    qtbot.keyClicks(health.comment, "Happy with the pilot")
    qtbot.mouseClick(_button(health, "recordNps"), Qt.MouseButton.LeftButton)
    [answer] = records.list("nps_score")
    assert (answer["stakeholder_id"], answer["score"], answer["comment"]) == (
        window.ids["wang"], 9, "Happy with the pilot")
    assert health.nps_table.rowCount() == 1 and health.nps_table.item(0, 1).text() == "9"
    assert "NPS +100" in health.nps_summary.text()
    health.answer.setValue(6)
    qtbot.mouseClick(_button(health, "recordNps"), Qt.MouseButton.LeftButton)
    assert health.nps_table.item(0, 3).text().startswith("9 → 6")  # the contact's trend
    assert "NPS -100" in health.nps_summary.text()
    undo(window)
    undo(window)
    assert records.list("nps_score") == [] and health.nps_table.rowCount() == 0


def test_tier_rationale_and_portfolio(window, qtbot, records):
    tier = window.page.plan.tier
    assert "number 1 of 2" in tier.position.text()
    from PySide6.QtWidgets import QPlainTextEdit

    text = tier.findChild(QPlainTextEdit, "account_tier_rationale")
    text.setFocus()
    text.setPlainText("Reference site for the province")
    text.clearFocus()
    assert records.get("account", window.ids["account"])["tier_rationale"] == "Reference site for the province"
    dialog = PortfolioDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 0).text() == "华东电网"
    assert dialog.table.item(0, 8).text() == "Reference site for the province"
    assert len(dialog.canvas.figure.axes[0].patches) == 2
    assert window.findChild(type(window.menuBar().actions()[0]), "portfolioView") is not None
    assert dialog.currency.isHidden()  # one currency: nothing to choose


def test_portfolio_shows_one_currency_at_a_time(window, qtbot, records):
    window.session.bus.post(records.create("account", {"name": "Northwind", "currency": "USD",
                                                       "current_business": 5e6})[1])
    dialog = PortfolioDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert not dialog.currency.isHidden() and dialog.currency.count() == 2
    assert dialog.currency.currentData() == "CNY" and dialog.table.rowCount() == 2
    dialog.currency.setCurrentIndex(1)
    assert dialog.currency.currentData() == "USD"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Northwind"
    assert len(dialog.canvas.figure.axes[0].patches) == 1
    assert "2 account(s) in CNY" in dialog.canvas.figure._suptitle.get_text()


def test_swot_risks_and_concern_messages(window, qtbot, records, monkeypatch):
    from ui.plan.swot_section import SwotDialog

    plan = window.page.plan
    window.session.bus.post(records.update("stakeholder", window.ids["wang"], {
        "is_executive": True, "executive_concern": "digital_transformation"}))
    window.session.bus.flush()

    def fill(dialog):
        qtbot.keyClicks(dialog.text, "Champion in IT")
        dialog.evidence.setCurrentIndex(dialog.evidence.findData(f"stakeholder_id|{window.ids['wang']}"))
        return 1
    monkeypatch.setattr(SwotDialog, "exec", fill)
    qtbot.mouseClick(_button(plan.swot, "addSwot_strength"), Qt.MouseButton.LeftButton)
    [entry] = records.list("swot_entry")
    assert (entry["quadrant"], entry["stakeholder_id"]) == ("strength", window.ids["wang"])
    assert plan.swot.lists["strength"].item(0).text() == "Champion in IT\n    ↳ 王军"

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Price war", True)))
    qtbot.mouseClick(_button(plan.risks, "addRisk"), Qt.MouseButton.LeftButton)
    [risk] = records.list("risk")
    plan.risks.table.cellWidget(0, 1).setValue(5)  # likelihood
    assert records.get("risk", risk["id"])["likelihood"] == 5
    assert plan.risks.table.item(0, 3).text() == "15"
    undo(window)
    assert records.get("risk", risk["id"])["likelihood"] == 3

    concerns = plan.concerns
    assert concerns.table.rowCount() == 1 and "without a message" in concerns.missing.text()
    concerns.table.item(0, 4).setText("Data stays in your platform")
    assert records.get("stakeholder", window.ids["wang"])["concern_message"] == "Data stays in your platform"
    assert concerns.missing.text() == ""
    undo(window)
    assert records.get("stakeholder", window.ids["wang"])["concern_message"] == ""


def test_link_an_existing_action_to_an_objective(window, qtbot, records):
    objective, changes = records.create("objective", {"account_id": window.ids["account"], "title": "Win phase 2"})
    window.session.bus.post(changes)
    window.session.bus.flush()
    section = window.page.plan.actions
    section.table.setCurrentCell(1, 1)  # Tender rules
    menu = section.context_menu()
    serves = menu.findChild(type(menu), "servesMenu")
    [link] = [a for a in serves.actions() if a.data() == objective]
    link.trigger()
    assert records.get("action_item", window.ids["later"])["objective_id"] == objective
    assert [a["objective_title"] for a in section.shown] == ["", "Win phase 2"]
    undo(window)
    assert records.get("action_item", window.ids["later"])["objective_id"] is None


def test_deleting_the_account_shown_in_the_plan_tab_and_undoing(window, qtbot, records, monkeypatch):
    from ui import account_list
    monkeypatch.setattr(account_list, "confirm", lambda *a, **k: True)
    for index in range(window.page.tabs.count()):  # every tab loaded for this account
        window.page.tabs.setCurrentIndex(index)
    window.page.tabs.setCurrentIndex(0)  # hidden tabs keep the account they last showed
    window.accounts.delete_account()  # a section refreshing a deleted account raised NotFound
    window.session.bus.flush()
    with pytest.raises(Exception):
        records.get("account", window.ids["account"])
    undo(window)
    assert records.get("account", window.ids["account"])["name"] == "华东电网"
    window.accounts.select(window.ids["account"])
    window.page.tabs.setCurrentWidget(window.page.plan)
    assert {s.account_id for s in window.page.plan.findChildren(Section)} == {window.ids["account"]}
