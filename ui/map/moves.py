"""What a move stores: the fields written for the cards and department
areas that moved on the map (and those pinned where they are shown), as the
before/after values of a :class:`ui.map.commands.MoveCommand`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from planner.graph.layout import CARD_H, CARD_W, PAD

Key = tuple[str, str]  # (kind, id)


def card_fields(x: float, y: float) -> dict[str, float]:
    return {"map_x": round(x, 1), "map_y": round(y, 1)}


def area_fields(r: QRectF) -> dict[str, float]:
    return {"map_x": round(r.x(), 1), "map_y": round(r.y(), 1),
            "map_w": round(r.width(), 1), "map_h": round(r.height(), 1)}


def move_change(view, moved: set[Key], press: dict[Key, QPointF] | None = None,
                extra: dict[str, tuple[QPointF, str | None]] | None = None
                ) -> tuple[dict[Key, dict], dict[Key, dict]]:
    """Before and after fields for the moved items, plus every card and
    area without a stored place (pinned where they are shown) and the
    areas grown to hold their people (``extra``: new cards, by id:
    position and department)."""
    press = press or view.snapshot()
    placed = {("stakeholder", p["id"]): p["placed"] for p in view.data["people"]}
    placed.update({("department", d["id"]): d["placed"] for d in view.data["departments"]})
    before: dict[Key, dict] = {}
    after: dict[Key, dict] = {}
    none_card = {"map_x": None, "map_y": None}
    none_area = {"map_x": None, "map_y": None, "map_w": None, "map_h": None}
    dept = {p["id"]: p["department_id"] for p in view.data["people"]}
    for pid, card in view.cards.items():
        key = ("stakeholder", pid)
        if key in moved or not placed.get(key, True):
            old = press.get(key, card.pos())
            before[key] = card_fields(old.x(), old.y()) if placed.get(key) else dict(none_card)
            after[key] = card_fields(card.x(), card.y())
        if key in moved:
            into = view.area_at(card.rect().center())
            home = view.areas.get(dept.get(pid))
            if into is not None and into.did != dept.get(pid) and not (
                    home is not None and home.isVisible() and home.rect().contains(card.rect().center())):
                before[key]["department_id"] = dept.get(pid)  # dropped into another department
                after[key]["department_id"] = dept[pid] = into.did
    members: dict[str, list[QRectF]] = {}
    for pid, did in dept.items():
        if did and pid in view.cards:
            members.setdefault(did, []).append(view.cards[pid].rect())
    for pos, did in (extra or {}).values():
        if did:
            members.setdefault(did, []).append(QRectF(pos.x(), pos.y(), CARD_W, CARD_H))
    for did, area in view.areas.items():
        key = ("department", did)
        r = area.rect()
        grown = r
        for c in members.get(did, []):
            grown = grown.united(c.adjusted(-PAD, -PAD, PAD, PAD))
        if key in moved or not placed.get(key, True) or grown != r:
            if placed.get(key):
                old = press.get(key, area.pos())
                before[key] = area_fields(QRectF(old.x(), old.y(), r.width(), r.height()))
            else:
                before[key] = dict(none_area)
            after[key] = area_fields(grown)
    return before, after
