"""Finding records by what people type: a name, an id, or an id prefix."""

from __future__ import annotations

from sqlalchemy import func, select

from planner.models import Account
from planner.services.errors import NotFound
from planner.store.database import Database


def find_account(db: Database, name_or_id: str) -> str:
    """The id of the live account with this name (case-insensitive), id or
    unique id prefix (at least 4 characters)."""
    key = name_or_id.strip()
    with db.read() as s:
        live = select(Account.id).where(Account.deleted.is_(False))
        by_name = s.scalars(live.where(func.lower(Account.name) == key.lower())).all()
        if len(by_name) == 1:
            return by_name[0]
        if len(by_name) > 1:
            raise NotFound(f"several accounts are named {key!r}; give the id instead")
        if len(key) >= 4:
            by_id = s.scalars(live.where(Account.id.startswith(key))).all()
            if len(by_id) == 1:
                return by_id[0]
    raise NotFound(f"no account named {key!r} (see 'planner list account')")
