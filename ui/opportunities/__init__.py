"""The Opportunities tab: one deal at a time — its fields and history, the
decision chain, value propositions, control points, tender-rule checklists,
the scoring simulator and the bid / no-bid readiness."""
