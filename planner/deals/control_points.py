"""The six control points of a deal (项目过程管控, DOMAIN.md).

Stored as the opportunity's checklist of kind ``control_points`` with six
items in order (``position`` 0-5 is the point). Each item's ``status`` is
unknown / at_risk / under_control, ``evidence`` says why, ``value`` holds
what we know, and ``due_date`` is the date the status was last judged
(shown as "Date"). The stored label is the rep's wording; views show the
point's name in the interface language.

Threading: reads and writes through the services; safe on any thread.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner.models import Checklist
from planner.services.records import Writer
from planner.store.database import Database

STATUSES = ("unknown", "at_risk", "under_control")

#: (section en, section zh, label en, label zh)
POINTS = (
    ("Before the tender", "招标前",
     "Solution discussions: the customer spends the most time with us",
     "方案交流：客户与我方讨论方案的时间最多"),
    ("Before the tender", "招标前",
     "Budget: the customer takes our advice when setting the budget",
     "预算设定：客户设定预算时征求我方意见"),
    ("Before the tender", "招标前",
     "RFP: the customer consults us when drafting the tender documents",
     "标书起草：客户起草招标文件时咨询我方"),
    ("The tender", "招标",
     "Procurement method: we know how it will be bought",
     "采购方式：我们清楚采购方式与招标规则"),
    ("The tender", "招标",
     "Evaluation: we know the scoring items and their weights",
     "评标标准：我们清楚评分项和分值"),
    ("The tender", "招标",
     "Award: we know how the winner is chosen (shortlists, lowest price or not)",
     "中标标准：我们清楚入围与定标规则（是否最低价中标）"),
)


def point_label(n: int, lang: str) -> str:
    zh = lang.startswith("zh")
    return POINTS[n][3 if zh else 2] if 0 <= n < len(POINTS) else ""


def point_section(n: int, lang: str) -> str:
    zh = lang.startswith("zh")
    return POINTS[n][1 if zh else 0] if 0 <= n < len(POINTS) else ""


def checklist_of(db: Database, opportunity_id: str) -> str | None:
    """The opportunity's control-point checklist (the first, by id)."""
    with db.read() as s:
        return s.scalar(select(Checklist.id).where(
            Checklist.opportunity_id == opportunity_id, Checklist.kind == "control_points",
            Checklist.deleted.is_(False)).order_by(Checklist.id).limit(1))


def create(w: Writer, opportunity_id: str, lang: str) -> str:
    """The six points, all unknown, in the writer's transaction."""
    title = "项目过程控制点" if lang.startswith("zh") else "Control points"
    checklist = w.create("checklist", {"opportunity_id": opportunity_id,
                                       "kind": "control_points", "title": title})
    for n in range(len(POINTS)):
        w.create("checklist_item", {"checklist_id": checklist, "position": n,
                                    "section": point_section(n, lang), "label": point_label(n, lang)})
    return checklist


def rows(db: Database, opportunity_id: str) -> list[dict[str, Any]]:
    """The six points (``{"n", "item_id", "label", "status", "value",
    "evidence", "date"}``); ``item_id`` is None while not started."""
    from planner.deals.tender.templates import checklist_items

    checklist = checklist_of(db, opportunity_id)
    items = checklist_items(db, checklist) if checklist else []
    out = []
    for n in range(len(POINTS)):
        item = items[n] if n < len(items) else None
        status = item["status"] if item and item["status"] in STATUSES else "unknown"
        out.append({"n": n, "item_id": item["id"] if item else None,
                    "label": item["label"] if item else "", "status": status,
                    "value": item["value"] if item else "", "evidence": item["evidence"] if item else "",
                    "date": item["due_date"] if item else None})
    return out
