"""Visits, meeting notes, contact plan and trust: the Visits & notes tab,
the This-week view and quick capture."""
