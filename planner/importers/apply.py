"""Writing a :class:`Plan` through the record services, in ONE transaction:
all or nothing. Accounts and departments are created or matched, people
created or updated, reporting lines created or re-pointed, notes added.

:func:`undo_import` and :func:`redo_import` take the whole import back and
forth as one step (the window's undo), again in one transaction each.

Threading: call from the database worker, not the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from planner.importers.matching import key
from planner.importers.plan import Plan, PersonRef
from planner.services import ChangeSet, Records, kinds
from planner.services.errors import ServiceError


class ImportFailed(ServiceError):
    """A row could not be written; nothing was. ``line`` names the row."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}; nothing was imported")
        self.line = line
        self.zh = f"第 {line} 行：{detail}；未导入任何内容"

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else str(self)


@dataclass
class ImportResult:
    changes: ChangeSet
    created: dict[str, list[str]] = field(default_factory=dict)  # kind -> ids, in order
    #: (kind, id) -> (before, after) for every record the import updated
    updated: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=dict)
    deleted_by_undo: dict[str, set[str]] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return len(self.created.get(kind, []))

    def summary(self) -> dict[str, int]:
        return {"accounts": self.count("account"), "departments": self.count("department"),
                "created": self.count("stakeholder"),
                "updated": sum(1 for k, _ in self.updated if k == "stakeholder"),
                "lines": self.count("relationship") + sum(1 for k, _ in self.updated if k == "relationship"),
                "notes": self.count("note")}


def apply_plan(records: Records, plan: Plan, progress: Callable[[int], None] | None = None) -> ImportResult:
    """Write the plan; raises :class:`ImportFailed` (and writes nothing) when
    any row is refused. ``progress(n)`` counts rows, then reporting lines
    (``len(plan.rows) + len(plan.lines)`` in all)."""
    result = ImportResult(ChangeSet())
    accounts = dict(plan.account_ids)
    deps = dict(plan.department_ids)
    people: dict[PersonRef, str] = {}

    def created(kind: str, new_id: str) -> str:
        result.created.setdefault(kind, []).append(new_id)
        return new_id

    with records.transaction() as w:
        line = 0
        try:
            for name in plan.new_accounts:
                accounts[key(name)] = created("account", w.create("account", {"name": name}))
            for acc_name, dep_name in plan.new_departments:
                acc_id = accounts[key(acc_name)]
                deps[(key(acc_name), key(dep_name))] = created(
                    "department", w.create("department", {"account_id": acc_id, "name": dep_name}))
            for n, row in enumerate(plan.rows, start=1):
                line = row.line
                if progress and n % 100 == 0:
                    progress(n)
                if row.action in ("skip", "unchanged"):
                    continue
                acc = key(row.account)
                given = dict(row.fields)
                if row.department:
                    given["department_id"] = deps[(acc, key(row.department))]
                if row.action == "create":
                    given["account_id"] = accounts[acc]
                    people[("line", row.line)] = pid = created("stakeholder", w.create("stakeholder", given))
                else:
                    pid = row.match_id
                    before = {f: getattr(w._live("stakeholder", pid), f) for f in given}
                    if w.update("stakeholder", pid, given):
                        result.updated[("stakeholder", pid)] = (before, given)
                if row.note:
                    created("note", w.create("note", {
                        "stakeholder_id": pid, "account_id": accounts[acc],
                        "title": f"Imported from {plan.source}", "body": row.note}))
            for k, planned in enumerate(plan.lines, start=len(plan.rows) + 1):
                line = planned.line
                if progress and k % 100 == 0:
                    progress(k)
                source = _resolve(planned.source, people)
                target = _resolve(planned.target, people)
                if planned.replaces:
                    old = w._live("relationship", planned.replaces).target_id
                    w.update("relationship", planned.replaces, {"target_id": target})
                    result.updated[("relationship", planned.replaces)] = ({"target_id": old},
                                                                          {"target_id": target})
                else:
                    created("relationship", w.create("relationship", {
                        "account_id": accounts[key(planned.account)], "source_id": source,
                        "target_id": target, "kind": "reports_to", "confidence": "likely",
                        "note": f"Imported from {plan.source}"}))
        except ServiceError as exc:
            raise ImportFailed(line, str(exc)) from None
    result.changes = w.changes
    return result


def _resolve(ref: PersonRef, people: dict[PersonRef, str]) -> str:
    return ref if isinstance(ref, str) else people[ref]


_DELETE_ORDER = ("relationship", "note", "stakeholder", "department", "account")


def undo_import(records: Records, result: ImportResult) -> ChangeSet:
    """Take the import back: delete what it created, put back what it changed."""
    with records.transaction() as w:
        for (kind, rid), (before, _) in result.updated.items():
            w.update(kind, rid, before, rules=False)
        deleted: dict[str, set[str]] = {}
        for kind in _DELETE_ORDER:
            for rid in result.created.get(kind, []):
                row = w.session.get(kinds.model_for(kind), rid)
                if row is not None and not row.deleted:
                    w.delete(kind, rid)
        for kind, ids in w.changes.deleted.items():
            deleted.setdefault(kind, set()).update(ids)
    result.deleted_by_undo = deleted
    return w.changes


def redo_import(records: Records, result: ImportResult) -> ChangeSet:
    """Bring the import back after :func:`undo_import`."""
    with records.transaction() as w:
        for kind in reversed(_DELETE_ORDER):
            for rid in sorted(result.deleted_by_undo.get(kind, ())):
                w.restore(kind, rid)
        for (kind, rid), (_, after) in result.updated.items():
            w.update(kind, rid, after, rules=False)
    return w.changes

