"""The scoring simulator's inputs typed like a rep types them (pytest-qt,
offscreen, demo tender deal): 万 / 亿 amounts, an emptied price means "not
entered yet", 0 / negative / ambiguous prices refused with the reason,
weights that do not add up to 100 give no verdict; every cell its own undo step."""

import pytest

from planner.demo import add_demo, demo_account_ids
from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import ImmediateWorker

PRICE = 4


@pytest.fixture
def view(qtbot, db, records):
    add_demo(records)
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.accounts.select(demo_account_ids()[0])
    page = win.page
    page.tabs.setCurrentWidget(page.opportunities)
    tab = page.opportunities
    tab.select(next(o["id"] for o in tab.opps if o["stage"] == "solution"))
    tab.views.setCurrentWidget(tab.scoring)
    v = tab.scoring
    v.errors = []
    session.error.disconnect()
    session.error.connect(v.errors.append)
    v.new_simulation()
    session.bus.flush()
    return v


def type_in(view, row, col, text):
    view.bidders.item(row, col).setText(text)
    view.session.bus.flush()


def stored(view, records):
    return records.get("tender_simulation", view.sim["id"])


def undo(view):
    view.session.undo_stack.undo()
    view.session.bus.flush()


def test_prices_in_wan_and_yi(view, records):
    type_in(view, 1, PRICE, "3400万")
    assert stored(view, records)["bidders"][1]["price"] == 34_000_000
    assert view.bidders.item(1, PRICE).text() == "34,000,000"
    type_in(view, 2, PRICE, "0.35亿元")
    assert stored(view, records)["bidders"][2]["price"] == 35_000_000
    assert not view.errors
    # each cell its own undo step
    undo(view)
    assert stored(view, records)["bidders"][2]["price"] == 38_000_000
    assert stored(view, records)["bidders"][1]["price"] == 34_000_000
    undo(view)
    assert stored(view, records)["bidders"][1]["price"] == 38_000_000


def test_clearing_our_price_says_what_is_missing(view, records):
    type_in(view, 0, PRICE, "")
    assert stored(view, records)["bidders"][0]["price"] is None
    text = view.verdict.text()
    assert "Our price is not entered yet" in text
    assert "shortlist" not in text and "We rank" not in text
    ours = next(r for r in range(view.ranking.rowCount()) if view.ranking.item(r, 1).text().startswith("Us"))
    assert view.ranking.item(ours, 0).text() == "—"
    assert view.ranking.item(ours, 4).text() == "no price yet"
    assert view.ranking.item(ours, 5).text() == "—"
    undo(view)
    assert stored(view, records)["bidders"][0]["price"] == 38_000_000
    assert "We rank first" in view.verdict.text()


def test_a_competitor_without_a_price_is_not_out(view, records):
    type_in(view, 1, PRICE, "")
    row = next(r for r in range(view.ranking.rowCount()) if view.ranking.item(r, 1).text().startswith("华为"))
    assert view.ranking.item(row, 4).text() == "no price yet"
    assert view.ranking.item(row, 0).text() == "—"
    assert "No price yet for 华为" in view.verdict.text()


@pytest.mark.parametrize("text, word", [("0", "price of 0"), ("-100", "negative"), ("3,4", "ambiguous"),
                                        ("abc", "not an amount")])
def test_bad_prices_are_refused_and_nothing_is_saved(view, records, text, word):
    type_in(view, 1, PRICE, text)
    assert view.errors and word in view.errors[-1]
    assert stored(view, records)["bidders"][1]["price"] == 38_000_000
    assert view.bidders.item(1, PRICE).text() == "38,000,000"
    assert not view.session.undo_stack.canUndo() or view.session.undo_stack.undoText() == "New simulation"


def test_a_thousands_separated_price_is_read_as_typed(view, records):
    type_in(view, 1, PRICE, "3,400,000")
    assert stored(view, records)["bidders"][1]["price"] == 3_400_000


def test_weights_that_do_not_add_up_to_100_give_no_verdict(view, records):
    box = view.weights["price_weight"]
    box.setValue(50)
    box.editingFinished.emit()
    view.session.bus.flush()
    assert "120" in view.weight_sum.text() and "100" in view.weight_sum.text()
    text = view.verdict.text()
    assert "add up to 120, not 100" in text and "We rank" not in text
    assert view.ranking.rowCount() == 0
    undo(view)
    assert stored(view, records)["price_weight"] == 30
    assert "We rank first" in view.verdict.text()


def test_below_the_shortlist_mark_says_so_with_the_numbers(view, records):
    mark = view.params["technical_pass"]
    mark.setValue(90)
    mark.editingFinished.emit()
    view.session.bus.flush()
    text = view.verdict.text()
    assert "Our technical score (85.0 %) is below the shortlist mark (90 %)" in text
    ours = next(r for r in range(view.ranking.rowCount()) if view.ranking.item(r, 1).text() == "Us")
    assert view.ranking.item(ours, 0).text() == "out"
