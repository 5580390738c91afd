"""Sections of the reports, one module each.

Every section module has:
- ``build(data, lang, options) -> list[Flowable]``: its content (headings
  made with :func:`planner.reports.document.heading` become TOC entries and
  PDF bookmarks); an empty list when it has nothing to say;
- ``NEW_PAGE``: whether it starts on a new page (default True).

``data`` is a :class:`planner.reports.data.PlanData` (already stripped of
private data unless the user asked for it), ``lang`` "en" or "zh",
``options`` a :class:`planner.reports.options.ReportOptions`.
The account plan lists its sections in planner/reports/plan.py: a new
section (objectives, SWOT, risks, scoring simulation...) is one module here
and one line there.
"""
