"""The conflict list: values that lost a merge, for the rep to review.

Keeping the winner just marks the conflict resolved. Keeping the loser
writes it again as a new edit through the services (validated, stamped,
logged), so it wins on every laptop after the next exchange; a record that
was deleted is restored first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner.models import Conflict
from planner.services import Records, kinds, values
from planner.services.changes import ChangeSet
from planner.services.errors import NotFound, ValidationError
from planner.sync.names import known_names, who
from planner.sync.state import device_of


def _label(kind: str, record: dict[str, Any] | None) -> str:
    if not record:
        return ""
    for f in ("name", "title", "label"):
        if record.get(f):
            return str(record[f])
    return ""


def list_conflicts(records: Records, include_resolved: bool = False) -> list[dict[str, Any]]:
    with records.db.read() as s:
        q = select(Conflict).order_by(Conflict.id)
        if not include_resolved:
            q = q.where(Conflict.resolved == "")
        rows = s.scalars(q).all()
        names = known_names(s)
        out = []
        for c in rows:
            model = kinds.MODELS.get(c.table_name)
            row = s.get(model, c.row_id) if model else None
            out.append({
                "id": c.id, "kind": c.kind, "table": c.table_name, "row_id": c.row_id,
                "record": _label(c.table_name, {f: getattr(row, f, None) for f in ("name", "title", "label")} if row else None),
                "field": c.field, "mine": c.mine_value, "mine_stamp": c.mine_stamp,
                "theirs": c.theirs_value, "theirs_stamp": c.theirs_stamp, "winner": c.winner,
                "mine_by": who(device_of(c.mine_stamp), names) if c.mine_stamp else "",
                "theirs_by": who(device_of(c.theirs_stamp), names) if c.theirs_stamp else "",
                "resolved": c.resolved, "at": c.at.isoformat(sep=" ")})
        return out


def resolve(records: Records, conflict_id: int, keep: str, edited: Any = None) -> ChangeSet:
    """``keep`` is "mine", "theirs" or "edited" (with ``edited`` as the value)."""
    if keep not in ("mine", "theirs", "edited"):
        raise ValidationError("keep must be 'mine', 'theirs' or 'edited'")
    with records.db.read() as s:
        c = s.get(Conflict, conflict_id)
        if c is None:
            raise NotFound(f"no conflict with id {conflict_id}")
        if c.resolved:
            raise ValidationError(f"conflict {conflict_id} is resolved already ({c.resolved})")
        table, row_id, field, winner, kind = c.table_name, c.row_id, c.field, c.winner, c.kind
        raw = {"mine": c.mine_value, "theirs": c.theirs_value}.get(keep)
    with records.transaction() as w:  # restore, update and mark resolved: all or nothing
        if keep != winner:
            if keep == "edited":
                value = values.parse(table, field, edited) if isinstance(edited, str) else edited
            else:
                value = values.from_stored(table, field, raw)
            row = w.session.get(kinds.model_for(table), row_id)
            live = row is not None and not row.deleted
            if not live and (kind == "deleted" or keep == "edited"):
                w.restore(table, row_id)
            if value is not None or kind != "deleted":
                w.update(table, row_id, {field: value})
        w.session.get(Conflict, conflict_id).resolved = keep
    return w.changes
