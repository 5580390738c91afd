"""The account plan (issue 10): objectives and the action plan, SWOT,
whitespace, executive concerns, customer health, risks and the portfolio.

Small read models over the services; every write goes through
``planner.services.records`` like any other."""
