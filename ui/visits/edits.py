"""Multi-record edits as one undo step (a macro of the generic commands)."""

from __future__ import annotations

from typing import Any

from ui.session import Session
from ui.undo_commands import CreateCommand, DeleteCommand, EditCommand


class Edits:
    """``with Edits(session, text) as e: e.create(...); e.update(...)``.

    Each write goes through the services; the whole block undoes in one
    step. A refused write stops the block (``ok`` is False)."""

    def __init__(self, session: Session, text: str) -> None:
        self.session, self.text, self.ok = session, text, True

    def __enter__(self) -> "Edits":
        self.session.undo_stack.beginMacro(self.text)
        return self

    def __exit__(self, *exc) -> None:
        self.session.undo_stack.endMacro()
        self.session.bus.flush()

    def create(self, kind: str, values: dict[str, Any]) -> str | None:
        if not self.ok:
            return None
        cmd = CreateCommand(self.session.records, self.session.bus.post, self.text, kind, values)
        self.ok = self.session.run(cmd)
        return cmd.record_id if self.ok else None

    def update(self, kind: str, record_id: str, values: dict[str, Any]) -> None:
        if not self.ok:
            return
        current = self.session.records.get(kind, record_id)
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if changed:
            self.ok = self.session.run(EditCommand(self.session.records, self.session.bus.post,
                                                   self.text, kind, record_id, changed))

    def delete(self, kind: str, record_id: str) -> None:
        if self.ok:
            self.ok = self.session.run(DeleteCommand(self.session.records, self.session.bus.post,
                                                     self.text, kind, record_id))
