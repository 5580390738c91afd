"""Follow-up actions that are open: due or overdue, across accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from planner.store.database import Database


@dataclass(frozen=True)
class DueAction:
    id: str
    account_id: str
    account_name: str
    title: str
    owner: str
    due_date: date
    stakeholder_name: str

    def overdue(self, today: date) -> bool:
        return self.due_date < today


def due_actions(db: Database, today: date, within_days: int = 7, account_id: str | None = None) -> list[DueAction]:
    """Open actions due by ``today + within_days`` (overdue ones included), soonest first."""
    until = today + timedelta(days=within_days)
    where = "AND x.account_id = :acc" if account_id else ""
    with db.read() as s:
        rows = s.connection().execute(text(
            "SELECT x.id, x.account_id, a.name, x.title, x.owner, x.due_date, coalesce(p.name, '') "
            "FROM action_item x JOIN account a ON a.id = x.account_id "
            "LEFT JOIN stakeholder p ON p.id = x.stakeholder_id "
            f"WHERE x.deleted = 0 AND a.deleted = 0 AND x.done = 0 AND x.due_date IS NOT NULL "
            f"AND x.due_date <= :until {where} ORDER BY x.due_date"),
            {"until": until.isoformat(), "acc": account_id}).all()
    return [DueAction(i, acc, an, t, o, date.fromisoformat(str(d)[:10]), pn) for i, acc, an, t, o, d, pn in rows]
