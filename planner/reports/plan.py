"""The account plan: the document a rep hands to the manager.

``export_account_plan(db, account_id, target, ...)`` writes the PDF.
:data:`SECTIONS` is the order of the chapters; each is a module of
planner/reports/sections (see its package docstring). Adding a chapter for
a new feature is one line here.

Threading: any thread (the GUI calls it on its worker); draws the map with
QtGui, so a QGuiApplication must exist (made offscreen when missing).
"""

from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer

from planner.graph.scene import guess_lang, scene_data
from planner.reports.data import PlanData, load_plan
from planner.reports.document import DocInfo, PageCount, ReportDoc
from planner.reports.options import ReportOptions
from planner.reports.sections import (
    actions, charts, concerns, contacts, contents, cover, goals, health, notes, opportunities, profiles,
    readiness, stakeholder_map, stakeholders, summary, tender_scoring, visits, whitespace,
)
from planner.reports.plan_extras import add_plan_extras
from planner.reports.wording import day, w

SECTIONS = (  # one per line: a new feature adds its chapter here
    cover,
    contents,
    summary,
    goals,
    whitespace,
    concerns,
    health,
    stakeholder_map,
    stakeholders,
    profiles,
    charts,
    opportunities,
    readiness,
    tender_scoring,
    contacts,
    visits,
    actions,
    notes,
)


def _private_scene(scene: dict[str, Any], data: PlanData) -> dict[str, Any]:
    """The map without judgements the rep marked private on a person."""
    for p in scene["people"]:
        shown = data.people.get(p["id"], {})
        if "attitude" not in shown:
            p["attitude"], p["attitude_unconfirmed"] = "unknown", False
        if "importance" not in shown:
            p["importance"] = 0
        if "title" not in shown:
            p["title"] = ""
    return scene


def plan_info(data: PlanData, lang: str, private: bool) -> DocInfo:
    acc = data.account
    title = f'{acc["name"]} · {w("account_plan", lang)}'
    return DocInfo(
        title=title, author=acc.get("owner") or "", subject=w("account_plan", lang),
        header_left=title, header_right=day(data.today),
        footer_left=w("confidential", lang), private=private,
        private_text=w("private_band", lang),
        page_label=lambda n, total: w("page", lang, n=n, total=total),
        keywords=[acc["name"], w("account_plan", lang)])


#: room a short chapter needs to follow the previous one on its page
SHORT_ROOM = 60 * mm
CHAPTER_GAP = 5 * mm


def short(flow: list) -> bool:
    """A chapter of a line or two (a heading and a sentence saying there is
    nothing yet): it does not get a page of its own."""
    body = [f for f in flow if not isinstance(f, (PageBreak, NextPageTemplate))]
    return len(body) <= 3 and all(isinstance(f, Paragraph) for f in body)


def build_story(data: PlanData, lang: str, options: ReportOptions, sections=SECTIONS) -> list:
    """Chapters start on a new page, except short ones, which follow the
    previous chapter where there is room (an empty account's plan was nine
    pages of one line each); the chapter after a short one follows it too
    when there is room, so a line or two never has a page of its own."""
    story: list = []
    before_short = False
    for i, section in enumerate(sections):
        options.report(0.15 + 0.6 * i / len(sections), section.__name__.rsplit(".", 1)[-1])
        flow = section.build(data, lang, options)
        if not flow:
            continue
        is_short = short(flow)
        wants_page = getattr(section, "NEW_PAGE", True)
        if is_short:  # its own page break becomes a soft one
            wants_page = wants_page or any(isinstance(f, PageBreak) for f in flow)
            flow = [f for f in flow if not isinstance(f, PageBreak)]
        if story and wants_page:
            soft = is_short or before_short
            story += [CondPageBreak(SHORT_ROOM), Spacer(1, CHAPTER_GAP)] if soft else [PageBreak()]
        story += flow
        before_short = is_short
    return keep_headings(story)


def keep_headings(story: list) -> list:
    """A heading followed by a KeepTogether block joins the block (reportlab's
    keepWithNext skips containers, which would leave the heading alone at the
    foot of a page)."""
    out: list = []
    for f in story:
        if isinstance(f, KeepTogether) and out and isinstance(out[-1], Paragraph) \
                and getattr(out[-1].style, "keepWithNext", 0):
            f = KeepTogether([out.pop(), *f._content])
        out.append(f)
    return out


def render(doc: ReportDoc, story: list, options: ReportOptions) -> None:
    counter = PageCount(doc)

    def progress(kind: str, value: int) -> None:
        if kind == "PASS":
            doc.current_pass = value
            options.report(min(0.97, 0.75 + 0.1 * value), "layout")
    doc.setProgressCallBack(progress)
    doc.multiBuild([counter, *story])


def export_account_plan(db, account_id: str, target: str | os.PathLike[str] | BinaryIO,
                        lang: str | None = None, opportunity_ids: list[str] | None = None,
                        include_private: bool = False, today: date | None = None,
                        options: ReportOptions | None = None) -> str | os.PathLike[str] | BinaryIO:
    """Write the account plan PDF to ``target`` (a path or a binary file)."""
    options = options or ReportOptions()
    options.include_private = include_private
    options.report(0.0, "data")
    data = load_plan(db, account_id, opportunity_ids, include_private, today)
    add_plan_extras(db, data)
    lang = lang or guess_lang(data.account["name"])
    options.report(0.1, "map")
    scene = scene_data(db, account_id, None, data.today, False, lang)
    data.extra["scene"] = scene if include_private else _private_scene(scene, data)
    story = build_story(data, lang, options)
    out = target if not isinstance(target, (str, os.PathLike)) else str(Path(target))
    doc = ReportDoc(out, plan_info(data, lang, include_private))
    render(doc, story, options)
    options.report(1.0, "done")
    return target


def account_plan_bytes(db, account_id: str, **kw: Any) -> bytes:
    buf = io.BytesIO()
    export_account_plan(db, account_id, buf, **kw)
    return buf.getvalue()
