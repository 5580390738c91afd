"""Demo data: a Chinese provincial grid company (tier S) and an English
hospital group (tier A), realistic enough to show every view of the planner.

``add_demo`` writes both in one transaction. Ids come from ``demo_id`` (a
UUIDv5 of fixed keys), so the demo loaded on two laptops has the same ids and
a sync merges it instead of duplicating it. Dates are relative to today.
"""

from __future__ import annotations

from datetime import date

from planner.demo import english_account, grid_company, grid_deals, grid_followup, grid_visits
from planner.demo import plan as plan_demo
from planner.demo.common import DEMO_NAMESPACE, Builder, demo_id
from planner.models import Account
from planner.services.records import Records, Writer

__all__ = ["DEMO_NAMESPACE", "add_demo", "demo_account_ids", "demo_id"]


def _add_grid(b: Builder) -> None:
    account = grid_company.add(b)
    grid_deals.add(b, account)
    grid_visits.add(b, account)
    grid_followup.add(b, account)


#: (id prefix, account key, builder) of each demo account, in creation order
_ACCOUNTS = (
    (grid_company.PREFIX, grid_company.ACCOUNT_KEY, _add_grid),
    (english_account.PREFIX, english_account.ACCOUNT_KEY, english_account.add),
)


def demo_account_ids() -> list[str]:
    """The ids of the demo accounts (the same on every laptop)."""
    return [demo_id(f"{prefix}/account/{key}") for prefix, key, _ in _ACCOUNTS]


def _present(w: Writer, account_id: str) -> bool:
    # a deleted demo account counts as present: its ids are taken by the
    # tombstones, and re-creating it would undo the delete on teammates' laptops
    return w.session.get(Account, account_id) is not None


def add_demo(records: Records, today: date | None = None) -> bool:
    """Add the demo accounts that are not there yet, in one transaction.

    Returns False (and writes nothing) when every demo account exists
    already, live or deleted. ``today`` anchors the relative dates (tests)."""
    today = today or date.today()
    added = False
    with records.transaction() as w:
        for (prefix, _key, build), account_id in zip(_ACCOUNTS, demo_account_ids()):
            if _present(w, account_id):
                continue
            build(Builder(w, prefix, today))
            plan_demo.add(Builder(w, prefix, today), account_id)  # the account plan (issue 10)
            added = True
    return added
