"""The stakeholder map editor driven through the real canvas (pytest-qt,
offscreen): add a card, draw a line, drag, delete, arrange, undo each."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QPushButton

from ui import dialogs
from ui.main_window import MainWindow
from ui.map import export as map_export
from ui.map.card_item import CardItem
from ui.map.line_item import LineItem
from ui.session import Session
from ui.worker import ImmediateWorker


@pytest.fixture
def ids(records):
    out = {}
    out["acc"], _ = records.create("account", {"name": "王家电网", "tier": "S"})
    out["empty"], _ = records.create("account", {"name": "Empty Co", "tier": "B"})
    out["lead"], _ = records.create("department", {"account_id": out["acc"], "name": "公司领导"})
    out["fin"], _ = records.create("department", {"account_id": out["acc"], "name": "财务部",
                                                  "parent_id": out["lead"]})
    for key, name, dep, att in [("boss", "赵建国", "lead", "sceptic"), ("cfo", "王军", "fin", "neutral"),
                                ("li", "李娜", "fin", "champion"), ("zhou", "周明", "lead", "supporter")]:
        out[key], _ = records.create("stakeholder", {
            "account_id": out["acc"], "name": name, "department_id": out[dep], "attitude": att,
            "title": "主任", "importance": 4})
    for a, b, kind in [("cfo", "boss", "reports_to"), ("li", "cfo", "reports_to"),
                       ("zhou", "boss", "reports_to"), ("li", "boss", "influences")]:
        out[f"{a}-{b}"], _ = records.create("relationship", {
            "account_id": out["acc"], "source_id": out[a], "target_id": out[b], "kind": kind})
    return out


@pytest.fixture
def tab(qtbot, db, ids):
    session = Session(db, ImmediateWorker())
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.accounts.select(ids["acc"])
    win.page.tabs.setCurrentWidget(win.page.map)
    tab = win.page.map
    qtbot.waitUntil(lambda: len(tab.view.cards) == 4)
    tab.view.resetTransform()  # scale 1: scene = view pixels (relative to the scroll)
    return tab


def view_point(view: QGraphicsView, scene_pos: QPointF) -> QPoint:
    return view.mapFromScene(scene_pos)


def card_centre(tab, pid) -> QPoint:
    view = tab.view
    return view_point(view, view.cards[pid].rect().center())


def empty_spot(tab) -> QPoint:
    """A point of the viewport with no card and no area under it."""
    view = tab.view
    for y in range(20, view.viewport().height() - 20, 25):
        for x in range(20, view.viewport().width() - 20, 25):
            pos = view.mapToScene(QPoint(x, y))
            if not view.items(QPoint(x, y)) and view.area_at(pos) is None:
                return QPoint(x, y)
    raise AssertionError("no empty spot")


def move_with_button(widget, pos: QPoint, modifier) -> None:
    """A mouse move with the left button held (QTest's mouseMove carries no buttons)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, modifier)
    QApplication.sendEvent(widget, event)


def drag(qtbot, view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, modifier, start)
    steps = 6
    for i in range(1, steps + 1):
        move_with_button(vp, start + (end - start) * (i / steps), modifier)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, end)


def undo(tab):
    tab.session.undo_stack.undo()
    tab.session.bus.flush()


def test_canvas_shows_cards_areas_and_lines(tab, ids):
    view = tab.view
    assert set(view.cards) == {ids[k] for k in ("boss", "cfo", "li", "zhou")}
    assert {a.dept["name"] for a in view.areas.values()} == {"公司领导", "财务部"}
    kinds = sorted(ln.line["kind"] for ln in view.lines.values())
    assert kinds == ["influences", "reports_to", "reports_to", "reports_to"]
    # the finance people sit inside the finance area
    fin = view.areas[ids["fin"]].rect()
    assert fin.contains(view.cards[ids["cfo"]].rect()) and fin.contains(view.cards[ids["li"]].rect())
    # no two cards overlap
    rects = [c.rect() for c in view.cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_empty_account_shows_empty_state_and_adds_first_person(tab, ids, records, qtbot):
    win = tab.window()
    win.accounts.select(ids["empty"])
    assert tab.stack.currentIndex() == 0
    qtbot.mouseClick(tab.findChild(QPushButton, "mapAddFirst"), Qt.MouseButton.LeftButton)
    people = records.list("stakeholder", account_id=ids["empty"])
    assert len(people) == 1 and people[0]["map_x"] is not None
    assert tab.stack.currentIndex() == 1 and len(tab.view.cards) == 1


def test_double_click_adds_a_card_where_clicked_and_undo_removes_it(tab, ids, records, qtbot):
    view = tab.view
    spot = empty_spot(tab)
    centre = view.mapToScene(spot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    people = records.list("stakeholder", account_id=ids["acc"])
    assert len(people) == 5
    new = next(p for p in people if p["id"] not in view.cards or p["name"] == "New person")
    assert new["name"] == "New person"
    assert abs(new["map_x"] + 90 - centre.x()) < 2 and abs(new["map_y"] + 35 - centre.y()) < 2
    assert new["id"] in view.cards
    # every other card is pinned where it was shown, so nothing jumps
    assert all(p["map_x"] is not None for p in people)
    # the name field is ready for typing
    assert tab.panel.currentIndex() == 1 and tab.panel.person.record_id == new["id"]
    undo(tab)
    people = records.list("stakeholder", account_id=ids["acc"])
    assert len(people) == 4 and all(p["map_x"] is None for p in people)
    assert new["id"] not in view.cards


def test_shift_drag_between_cards_draws_a_line_and_undo_removes_it(tab, ids, records, qtbot, monkeypatch):
    monkeypatch.setattr(tab, "choose_kind", lambda: "influences")
    view = tab.view
    drag(qtbot, view, card_centre(tab, ids["zhou"]), card_centre(tab, ids["cfo"]),
         Qt.KeyboardModifier.ShiftModifier)
    lines = [ln for ln in records.list("relationship", account_id=ids["acc"])
             if ln["source_id"] == ids["zhou"] and ln["target_id"] == ids["cfo"]]
    assert len(lines) == 1 and lines[0]["kind"] == "influences" and lines[0]["directed"]
    item = view.lines[lines[0]["id"]]
    assert isinstance(item, LineItem) and item.isSelected()
    # nothing moved while drawing
    assert all(p["map_x"] is None for p in records.list("stakeholder", account_id=ids["acc"]))
    undo(tab)
    assert lines[0]["id"] not in {ln["id"] for ln in records.list("relationship", account_id=ids["acc"])}
    assert lines[0]["id"] not in view.lines


def test_line_kind_choice_cancelled_draws_nothing(tab, ids, records, qtbot, monkeypatch):
    monkeypatch.setattr(tab, "choose_kind", lambda: None)
    before = len(records.list("relationship", account_id=ids["acc"]))
    drag(qtbot, tab.view, card_centre(tab, ids["zhou"]), card_centre(tab, ids["cfo"]),
         Qt.KeyboardModifier.ShiftModifier)
    assert len(records.list("relationship", account_id=ids["acc"])) == before


def test_drag_stores_position_and_consecutive_drags_merge_into_one_undo(tab, ids, records, qtbot):
    view = tab.view
    card = view.cards[ids["zhou"]]
    start = card.pos()
    steps = tab.session.undo_stack.count()
    drag(qtbot, view, card_centre(tab, ids["zhou"]), card_centre(tab, ids["zhou"]) + QPoint(60, 40))
    stored = records.get("stakeholder", ids["zhou"])
    assert card.x() > start.x() + 30 and card.y() > start.y() + 20
    assert (stored["map_x"], stored["map_y"]) == pytest.approx((card.x(), card.y()), abs=0.1)
    # the lines follow the card
    line = view.lines[ids["zhou-boss"]]
    assert line.boundingRect().intersects(card.sceneBoundingRect())
    first = card.x()
    drag(qtbot, view, card_centre(tab, ids["zhou"]), card_centre(tab, ids["zhou"]) + QPoint(40, 0))
    stored = records.get("stakeholder", ids["zhou"])
    assert card.x() > first + 20 and stored["map_x"] == pytest.approx(card.x(), abs=0.1)
    assert tab.session.undo_stack.count() == steps + 1  # two drags, one undo step
    undo(tab)
    assert records.get("stakeholder", ids["zhou"])["map_x"] is None
    assert view.cards[ids["zhou"]].pos() == start


def test_dragging_a_department_moves_its_people(tab, ids, records, qtbot):
    view = tab.view
    area = view.areas[ids["fin"]]
    label = view_point(view, area.rect().topLeft() + QPointF(60, 12))
    cfo = view.cards[ids["cfo"]].pos()
    top = area.y()
    drag(qtbot, view, label, label + QPoint(0, 80))
    assert area.y() > top + 40
    assert records.get("department", ids["fin"])["map_y"] == pytest.approx(area.y(), abs=0.1)
    assert records.get("stakeholder", ids["cfo"])["map_y"] == pytest.approx(cfo.y() + area.y() - top, abs=0.1)
    undo(tab)
    assert records.get("stakeholder", ids["cfo"])["map_y"] is None


def test_rubber_band_select_and_align_left_is_one_undo_step(tab, ids, records, qtbot):
    view = tab.view
    view.select_ids([ids["cfo"], ids["li"], ids["zhou"]])
    assert len(view.selected_cards()) == 3
    view.align("left")
    xs = {records.get("stakeholder", ids[k])["map_x"] for k in ("cfo", "li", "zhou")}
    assert len(xs) == 1
    undo(tab)
    assert records.get("stakeholder", ids["cfo"])["map_x"] is None


def test_rubber_band_selects_cards(tab, ids, qtbot):
    view = tab.view
    rects = [view.cards[ids[k]].sceneBoundingRect() for k in ("cfo", "li")]
    box = rects[0].united(rects[1]).adjusted(-10, -10, 10, 10)
    drag(qtbot, view, view_point(view, box.topLeft()), view_point(view, box.bottomRight()))
    assert {c.pid for c in view.selected_cards()} == {ids["cfo"], ids["li"]}


def test_delete_asks_first_and_undo_restores_person_and_lines(tab, ids, records, qtbot, monkeypatch):
    answers = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a: answers.append(a) or False)
    view = tab.view
    view.select_ids([ids["li"]])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert answers and ids["li"] in view.cards  # said no
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ids["li"] not in view.cards and ids["li-cfo"] not in view.lines
    assert ids["li"] not in {p["id"] for p in records.list("stakeholder", account_id=ids["acc"])}
    undo(tab)
    assert ids["li"] in view.cards and ids["li-cfo"] in view.lines and ids["li-boss"] in view.lines


def test_keyboard_moves_between_cards_and_zoom_keys(tab, ids, qtbot):
    view = tab.view
    view.setFocus()
    view.select_ids([ids["boss"]])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    (below,) = view.selected_cards()
    assert below.pid in (ids["zhou"], ids["cfo"])
    assert below.y() > view.cards[ids["boss"]].y()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert [c.pid for c in view.selected_cards()] == [ids["boss"]]
    seen = set()
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        seen.add(view.selected_cards()[0].pid)
    assert len(seen) == 4  # Tab visits every card
    z = view.zoom()
    tab.toolbar.zoom_in.trigger()
    assert view.zoom() > z
    qtbot.keyClick(view, Qt.Key.Key_F)
    box = view.mapFromScene(view.cards[ids["boss"]].sceneBoundingRect()).boundingRect()
    assert view.viewport().rect().contains(box)


def test_editing_in_the_side_panel_updates_the_card(tab, ids, records, qtbot):
    view = tab.view
    view.select_ids([ids["cfo"]])
    assert tab.panel.currentIndex() == 1
    name = tab.panel.name
    name.setText("王军 CFO")
    name.editingFinished.emit()
    tab.session.bus.flush()
    assert records.get("stakeholder", ids["cfo"])["name"] == "王军 CFO"
    assert view.cards[ids["cfo"]].person["name"] == "王军 CFO"
    undo(tab)
    assert view.cards[ids["cfo"]].person["name"] == "王军"


def test_arrange_asks_before_moving_placed_cards_and_is_one_undo_step(tab, ids, records, qtbot, monkeypatch):
    records.update("stakeholder", ids["zhou"], {"map_x": 2000.0, "map_y": 2000.0})
    tab.refresh()
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    tab.arrange("org_chart")
    assert records.get("stakeholder", ids["zhou"])["map_x"] == 2000.0
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    steps = tab.session.undo_stack.count()
    tab.arrange("org_chart")
    assert records.get("stakeholder", ids["zhou"])["map_x"] != 2000.0
    assert all(p["map_x"] is not None for p in records.list("stakeholder", account_id=ids["acc"]))
    assert tab.session.undo_stack.count() == steps + 1
    undo(tab)
    assert records.get("stakeholder", ids["zhou"])["map_x"] == 2000.0
    assert records.get("stakeholder", ids["cfo"])["map_x"] is None


def test_force_layout_hides_departments_and_keeps_cards_apart(tab, ids, records):
    tab.arrange("force")
    assert not tab.toolbar.departments.isChecked()
    assert not any(a.isVisible() for a in tab.view.areas.values())
    rects = [c.rect() for c in tab.view.cards.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_overlays_colour_by_and_people_who_left(tab, ids, records):
    records.update("stakeholder", ids["zhou"], {"status": "left"})
    tab.session.bus.post(records.update("stakeholder", ids["li"], {"importance": 5}))
    tab.session.bus.flush()
    assert ids["zhou"] not in tab.view.cards
    tab.toolbar.left.setChecked(True)
    assert ids["zhou"] in tab.view.cards
    tab.toolbar.colour.setCurrentIndex(tab.toolbar.colour.findData("importance"))
    assert tab.view.cards[ids["li"]].colour == "#1d4f91"
    tab.toolbar.colour.setCurrentIndex(tab.toolbar.colour.findData("recency"))
    assert tab.view.cards[ids["li"]].colour == "#8a8f98"  # never met
    assert "never met" in tab.legend.text()
    tab.toolbar.departments.setChecked(False)
    assert not any(a.isVisible() for a in tab.view.areas.values())


def test_decision_chain_overlay_shows_role_badges(tab, ids, records):
    opp, changes = records.create("opportunity", {"account_id": ids["acc"], "name": "巡检平台"})
    tab.session.bus.post(changes)
    tab.session.bus.post(records.create("decision_role", {"opportunity_id": opp, "stakeholder_id": ids["boss"],
                                                          "role": "decider"})[1])
    tab.session.bus.flush()
    box = tab.toolbar.opportunity
    box.setCurrentIndex(box.findData(opp))
    assert tab.view.cards[ids["boss"]].person["roles"] == ["decider"]
    assert tab.view.cards[ids["li"]].person["roles"] == []


def test_insights_panel_click_selects_the_people_named(tab, ids, qtbot):
    panel = tab.insights
    assert panel.list.count() > 0
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if panel.list.item(i).data(Qt.ItemDataRole.UserRole + 1))
    named = item.data(Qt.ItemDataRole.UserRole + 1)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {c.pid for c in tab.view.selected_cards()} == set(named) & set(tab.view.cards)


def test_export_png_and_svg_from_the_gui(tab, ids, tmp_path, monkeypatch):
    for suffix in (".png", ".svg"):
        target = tmp_path / f"map{suffix}"
        monkeypatch.setattr(map_export, "ask_path", lambda parent, suggested, t=target: str(target))
        (tab.toolbar.export_png if suffix == ".png" else tab.toolbar.export_svg).trigger()
        assert target.exists() and target.stat().st_size > 1000
    assert "赵建国" in (tmp_path / "map.svg").read_text(encoding="utf-8")


def test_a_map_export_that_cannot_be_written_says_so(tab, ids, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: shown.append(a))
    target = tmp_path / "no such folder" / "map.png"
    monkeypatch.setattr(map_export, "ask_path", lambda parent, suggested: str(target))
    tab.toolbar.export_png.trigger()  # drawn on the worker (immediate in tests)
    assert not target.exists()
    assert len(shown) == 1 and str(target) in shown[0][2]
    assert tab.cursor().shape() != Qt.CursorShape.BusyCursor


def test_cards_are_card_items_with_overdue_mark_and_tooltip(tab, ids):
    card = tab.view.cards[ids["boss"]]
    assert isinstance(card, CardItem)
    assert "赵建国" in card.toolTip() and "Sceptic" in card.toolTip()


def test_changes_panel_lists_what_changed_and_selects_people(tab, ids, records, db, qtbot):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate
    from sqlalchemy import text

    with db.write() as s:  # everything so far happened long ago
        s.execute(text("UPDATE change_log SET at = '2025-01-01 09:00:00'"))
    tab.session.bus.post(records.update("stakeholder", ids["cfo"], {"attitude": "opponent"}))
    tab.session.bus.flush()
    panel = tab.history
    day = date.today() - timedelta(days=7)
    panel.since.setDate(QDate(day.year, day.month, day.day))
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts == ["王军 (主任): attitude Neutral → Opponent (unconfirmed)"]
    tab.side.setCurrentWidget(panel)
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [c.pid for c in tab.view.selected_cards()] == [ids["cfo"]]


def test_card_dropped_into_another_department_joins_it_and_areas_grow(tab, ids, records, qtbot):
    view = tab.view
    lead = view.areas[ids["lead"]].rect()
    target = view_point(view, QPointF(lead.right() - 100, lead.bottom() - 45))
    drag(qtbot, view, card_centre(tab, ids["li"]), target)
    assert records.get("stakeholder", ids["li"])["department_id"] == ids["lead"]
    area = records.get("department", ids["lead"])
    card = view.cards[ids["li"]].rect()
    assert QRectF(area["map_x"], area["map_y"], area["map_w"], area["map_h"]).contains(card)
    undo(tab)
    assert records.get("stakeholder", ids["li"])["department_id"] == ids["fin"]
    assert records.get("department", ids["lead"])["map_x"] is None
    # dragged out into empty space: stays in its department, whose area grows to hold it
    fin = view.areas[ids["fin"]].rect()
    drag(qtbot, view, card_centre(tab, ids["li"]), view_point(view, QPointF(fin.right() + 150, fin.bottom() + 120)))
    assert records.get("stakeholder", ids["li"])["department_id"] == ids["fin"]
    area = records.get("department", ids["fin"])
    assert QRectF(area["map_x"], area["map_y"], area["map_w"], area["map_h"]).contains(view.cards[ids["li"]].rect())


def test_export_follows_the_colour_overlay(tab, ids, tmp_path, monkeypatch):
    target = tmp_path / "recency.svg"
    monkeypatch.setattr(map_export, "ask_path", lambda parent, suggested: str(target.with_suffix("")))
    tab.toolbar.colour.setCurrentIndex(tab.toolbar.colour.findData("recency"))
    tab.toolbar.export_svg.trigger()  # no suffix typed: the menu's is added
    svg = target.read_text(encoding="utf-8")
    assert "never met" in svg and "Champion" not in svg
