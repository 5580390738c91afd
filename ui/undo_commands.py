"""Undoable edits. Commands hold kinds, ids and plain before/after values,
never live ORM objects (shared/STYLE.md); undo and redo go through the same
services as every other write.

A command is applied once *before* it is pushed (so a refused edit shows its
message and never reaches the stack); the stack's first ``redo`` is skipped.

An undo or redo the database refuses (read-only, full, busy, or a rule)
changes nothing; the command then tells ``on_refused`` (the session shows
the message) and skips the step that puts the stack back where it was, so
the stack never claims a state the database does not have.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand

from planner.errors import WordedError
from planner.services import ChangeSet, Records

Post = Callable[[ChangeSet], None]
#: (the refusal, the stack move that undoes the failed one: "undo" or "redo")
Refused = Callable[[WordedError, str], None]

_MERGE_EDIT = 1001


class _Command(QUndoCommand):
    def __init__(self, records: Records, post: Post, text: str) -> None:
        super().__init__(text)
        self.records = records
        self.post = post
        self._applied = False
        self._skip_undo = False
        self.on_refused: Refused | None = None

    def apply(self) -> None:
        """First application; raises ServiceError when refused."""
        self._do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the push's own redo, or a resync: already done
            return
        try:
            self._do()
        except WordedError as exc:
            self._skip_undo = True
            self._refused(exc, "undo")

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False  # a resync after a refused redo: nothing was done
            return
        try:
            self._undo()
        except WordedError as exc:
            self._applied = True
            self._refused(exc, "redo")

    def _refused(self, exc: WordedError, back: str) -> None:
        if self.on_refused is None:
            raise exc
        self.on_refused(exc, back)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class EditCommand(_Command):
    """Change fields of one record. Consecutive edits of the same fields of
    the same record (typing, dragging) merge into one undo step; ``part``
    narrows that when one field holds several things the user edits apart
    (a bidder's price and another bidder's score are two steps)."""

    def __init__(self, records: Records, post: Post, text: str, kind: str, record_id: str,
                 after: dict[str, Any], before: dict[str, Any] | None = None, part: Any = None) -> None:
        super().__init__(records, post, text)
        self.kind, self.record_id, self.after, self.part = kind, record_id, dict(after), part
        if before is None:
            current = records.get(kind, record_id)
            before = {f: current[f] for f in after}
        self.before = dict(before)

    def _do(self) -> None:
        self.post(self.records.update(self.kind, self.record_id, self.after))

    def _undo(self) -> None:
        self.post(self.records.update(self.kind, self.record_id, self.before))

    def id(self) -> int:
        return _MERGE_EDIT

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        if ((other.kind, other.record_id, set(other.after), other.part)
                != (self.kind, self.record_id, set(self.after), self.part)):
            return False
        self.after = dict(other.after)
        return True


class CreateCommand(_Command):
    """Add a record; undo deletes it, redo brings the same record back."""

    def __init__(self, records: Records, post: Post, text: str, kind: str,
                 values: dict[str, Any]) -> None:
        super().__init__(records, post, text)
        self.kind, self.values = kind, dict(values)
        self.record_id: str | None = None
        self._deleted: dict[str, set[str]] = {}

    def _do(self) -> None:
        if self.record_id is None:
            self.record_id, changes = self.records.create(self.kind, self.values)
        else:
            changes = self.records.restore(self._deleted)
        self.post(changes)

    def _undo(self) -> None:
        changes = self.records.delete(self.kind, self.record_id)
        self._deleted = changes.deleted
        self.post(changes)


class DeleteCommand(_Command):
    """Delete a record and what hangs on it; undo restores all of them."""

    def __init__(self, records: Records, post: Post, text: str, kind: str, record_id: str) -> None:
        super().__init__(records, post, text)
        self.kind, self.record_id = kind, record_id
        self._deleted: dict[str, set[str]] = {}

    def _do(self) -> None:
        changes = self.records.delete(self.kind, self.record_id)
        self._deleted = changes.deleted
        self.post(changes)

    def _undo(self) -> None:
        self.post(self.records.restore(self._deleted))
