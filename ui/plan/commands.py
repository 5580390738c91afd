"""Undoable edits of the account plan beyond plain create / edit / delete:
marking a whitespace cell (its record may not exist yet, or be a tombstone)."""

from __future__ import annotations

from typing import Any

from planner.plan import whitespace
from planner.services import Records
from ui.undo_commands import Post, _Command


class MarkCellCommand(_Command):
    """Set a whitespace cell's state fields (``after`` None clears it);
    undo puts back what was there, including "not marked"."""

    def __init__(self, records: Records, post: Post, text: str, account_id: str,
                 department_id: str, offering_id: str, after: dict[str, Any] | None) -> None:
        super().__init__(records, post, text)
        self.account_id, self.department_id, self.offering_id = account_id, department_id, offering_id
        self.before = whitespace.cell_state(records.db, department_id, offering_id)
        self.after = None if after is None else dict(after)

    def _set(self, values: dict[str, Any] | None) -> None:
        self.post(whitespace.set_cell(self.records, self.account_id, self.department_id,
                                      self.offering_id, values))

    def _do(self) -> None:
        self._set(self.after)

    def _undo(self) -> None:
        self._set(self.before)
