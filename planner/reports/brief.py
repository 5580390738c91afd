"""The pre-visit brief: one or two pages to read before a visit.

``export_brief(db, visit_id, target, lang=None, include_private=False)``.
Built from the same data and section modules as the account plan
(:data:`SECTIONS`). Threading: any thread.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any, BinaryIO

from planner.graph.scene import guess_lang
from planner.reports.data import load_plan, visit_account
from planner.reports.document import DocInfo, ReportDoc
from planner.reports.options import ReportOptions
from planner.reports.plan import build_story, render
from planner.reports.sections import brief_agenda, brief_attendees, brief_header
from planner.reports.wording import day, w

SECTIONS = (  # one per line
    brief_header,
    brief_attendees,
    brief_agenda,
)


def export_brief(db, visit_id: str, target: str | os.PathLike[str] | BinaryIO, lang: str | None = None,
                 include_private: bool = False, today: date | None = None,
                 options: ReportOptions | None = None) -> Any:
    options = options or ReportOptions()
    options.include_private = include_private
    account_id, raw = visit_account(db, visit_id)
    oid = raw.get("opportunity_id")
    data = load_plan(db, account_id, [oid] if oid else [], include_private, today)
    data.extra["visit"] = next(x for x in data.visits if x["id"] == visit_id)
    visit = data.extra["visit"]
    lang = lang or guess_lang(data.account["name"])
    story = build_story(data, lang, options, SECTIONS)
    title = f'{data.account["name"]} · {w("brief", lang)}'
    info = DocInfo(title=title, author=data.account.get("owner") or "", subject=w("brief", lang),
                   header_left=title, header_right=day(visit["starts_at"]),
                   footer_left=w("confidential", lang), private=include_private,
                   private_text=w("private_band", lang),
                   page_label=lambda n, total: w("page", lang, n=n, total=total))
    out = target if not isinstance(target, (str, os.PathLike)) else str(target)
    doc = ReportDoc(out, info)
    doc.pageTemplates[0], doc.pageTemplates[1] = doc.pageTemplates[1], doc.pageTemplates[0]  # no cover
    render(doc, story, options)
    return target
