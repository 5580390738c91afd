"""Visits and meeting notes: planning, briefing, debriefing, follow-ups and
timelines. Writes go through :mod:`planner.services.records`."""
