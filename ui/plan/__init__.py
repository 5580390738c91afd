"""The Plan tab (issue 10): one module per section, assembled by
``plan_tab.PlanTab``; the portfolio across accounts in ``portfolio_dialog``."""
