"""Undoable map edits that write many records at once (one transaction).

:class:`MoveCommand` stores the map positions of cards and department areas
(``{(kind, id): {field: value}}`` before and after). Consecutive moves of
the same cards merge into one undo step; the positions of cards that had
none stored yet ("pinned" so that the picture stays as the rep sees it) are
part of the first step and restored to none by its undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from planner.services import Records
from ui.undo_commands import Post, _Command

_MERGE_MOVE = 2001
Key = tuple[str, str]  # (kind, id)


class MoveCommand(_Command):
    def __init__(self, records: Records, post: Post, text: str, before: dict[Key, dict[str, Any]],
                 after: dict[Key, dict[str, Any]], moved: set[Key] | None = None,
                 mergeable: bool = True) -> None:
        super().__init__(records, post, text)
        self.before = {k: dict(v) for k, v in before.items()}
        self.after = {k: dict(v) for k, v in after.items()}
        self.moved = frozenset(moved if moved is not None else after)
        self.mergeable = mergeable

    def _write(self, values: dict[Key, dict[str, Any]]) -> None:
        with self.records.transaction() as w:
            for (kind, record_id), fields in values.items():
                try:
                    w.update(kind, record_id, fields)
                except Exception:
                    if (kind, record_id) in self.moved:
                        raise
                    # a pinned neighbour deleted meanwhile (e.g. by a sync import): skip it
        self.post(w.changes)

    def _do(self) -> None:
        self._write(self.after)

    def _undo(self) -> None:
        self._write(self.before)

    def id(self) -> int:
        return _MERGE_MOVE if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, MoveCommand) and other.mergeable and other.moved == self.moved
                and set(other.after) <= set(self.after)):
            return False
        for key, fields in other.after.items():
            self.after[key].update(fields)
            for field, value in other.before[key].items():
                self.before[key].setdefault(field, value)  # first touched by the later move
        return True
