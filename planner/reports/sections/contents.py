"""The table of contents (filled in by the document's second pass)."""

from __future__ import annotations

from planner.reports.document import heading, toc_flowable
from planner.reports.wording import w


def build(data, lang, options):
    return [heading(w("contents", lang), toc=False), toc_flowable()]
