"""Undoable edits that write several records in one transaction.

Like :mod:`ui.undo_commands`, they hold kinds, ids and plain values only
and go through the services."""

from __future__ import annotations

from typing import Any, Callable

from planner.services import ChangeSet, Records
from planner.services.records import Writer
from ui.undo_commands import Post, _Command


class MultiEditCommand(_Command):
    """Change fields of several records at once (reorder, prefill):
    ``edits`` is a list of (kind, id, after); befores are read when built."""

    def __init__(self, records: Records, post: Post, text: str,
                 edits: list[tuple[str, str, dict[str, Any]]]) -> None:
        super().__init__(records, post, text)
        self.edits = [(k, i, dict(a)) for k, i, a in edits]
        self.befores = []
        for kind, record_id, after in self.edits:
            current = records.get(kind, record_id)
            self.befores.append((kind, record_id, {f: current[f] for f in after}))

    def _write(self, edits) -> None:
        with self.records.transaction() as w:
            for kind, record_id, values in edits:
                w.update(kind, record_id, values)
        self.post(w.changes)

    def _do(self) -> None:
        self._write(self.edits)

    def _undo(self) -> None:
        self._write(list(reversed(self.befores)))


class BuildCommand(_Command):
    """Create a small tree of records (a checklist and its items) in one
    transaction: ``build(writer)`` returns the (kind, id) of its root. Undo
    deletes the root (and so what hangs on it); redo restores the same ids."""

    def __init__(self, records: Records, post: Post, text: str,
                 build: Callable[[Writer], tuple[str, str]]) -> None:
        super().__init__(records, post, text)
        self.build = build
        self.root: tuple[str, str] | None = None
        self._deleted: dict[str, set[str]] = {}
        self.created: ChangeSet | None = None

    def _do(self) -> None:
        if self.root is None:
            with self.records.transaction() as w:
                self.root = self.build(w)
            self.created = w.changes
            self.post(w.changes)
        else:
            self.post(self.records.restore(self._deleted))

    def _undo(self) -> None:
        changes = self.records.delete(*self.root)
        self._deleted = changes.deleted
        self.post(changes)
