"""The preview of an import: for every row, whether it creates a person,
updates one it matches (by e-mail, phone or name at the same account), or is
skipped and why; the accounts, departments and reporting lines it brings.

Nothing is written here. The user can override any row's match with
``choices`` ({line: "new" | "skip" | "auto" | stakeholder id}) and plan again.

Only non-empty source values are written: an import never blanks out what
the rep already has."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Union

from sqlalchemy import select

from planner.importers.mapping import Mapping
from planner.importers.table import ImportFileError, SourceTable
from planner.importers.matching import People, compose_name, key, phone_key, same, spells
from planner.importers.wording import Message
from planner.models import Account, Department, Note, Stakeholder
from planner.services import values
from planner.services.errors import ValidationError
from planner.store.database import Database

#: stakeholder fields an import writes
PERSON_FIELDS = ("name", "name_romanised", "title", "mobile", "phone", "email", "wechat", "address")

#: a person in the plan: an existing stakeholder id, or ("line", n) for the row creating them
PersonRef = Union[str, tuple[str, int]]


@dataclass
class PlanRow:
    line: int
    name: str
    account: str
    action: str = "create"                  # create | update | unchanged | skip
    reason: Message | None = None           # how it matched, or why it is skipped
    match_id: str | None = None             # the existing person it updates
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (id, label) to choose from
    fields: dict[str, Any] = field(default_factory=dict)   # person fields to write
    before: dict[str, Any] = field(default_factory=dict)   # their current values (updates)
    department: str = ""                    # department name to put them in ("" = leave)
    manager: str = ""                       # the manager as the file names them
    note: str = ""                          # a note to add
    warnings: list[Message] = field(default_factory=list)
    person: PersonRef | None = None         # who this row is, once planned

    def messages(self, lang: str = "en") -> str:
        parts = [m.text(lang) for m in ([self.reason] if self.reason else []) + self.warnings]
        return ("；" if lang.startswith("zh") else "; ").join(parts)


@dataclass
class PlannedLine:
    line: int                                # the row that named the manager
    source: PersonRef
    target: PersonRef
    account: str
    replaces: str | None = None              # id of the reporting line it re-points


@dataclass
class Plan:
    source: str                              # file name
    rows: list[PlanRow]
    new_accounts: list[str]
    new_departments: list[tuple[str, str]]   # (account name, department name)
    lines: list[PlannedLine]
    account_ids: dict[str, str]              # account key -> existing id
    department_ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (account, dep) keys -> id

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> dict[str, int]:
        return {"create": self.count("create"), "update": self.count("update"),
                "unchanged": self.count("unchanged"), "skip": self.count("skip"),
                "accounts": len(self.new_accounts), "departments": len(self.new_departments),
                "lines": len(self.lines)}

    def row(self, line: int) -> PlanRow:
        return next(r for r in self.rows if r.line == line)


class Planner:
    def __init__(self, db: Database, table: SourceTable, mapping: Mapping,
                 account: str = "", choices: dict[int, str] | None = None,
                 progress: Callable[[int], None] | None = None) -> None:
        self.db, self.table, self.mapping = db, table, mapping
        self.default_account = (account or mapping.account).strip()
        self.choices = choices or {}
        self.progress = progress
        self.accounts: dict[str, str] = {}       # key -> id (existing)
        self.account_names: dict[str, str] = {}  # key -> name as first written
        self.people: dict[str, People] = {}     # account key -> existing people
        self.departments: dict[str, dict[str, str]] = {}  # account key -> dep key -> id

    # -- loading what exists -----------------------------------------------------
    def _load(self) -> None:
        with self.db.read() as s:
            for acc_id, name in s.execute(select(Account.id, Account.name).where(
                    Account.deleted.is_(False), Account.merged_into_id.is_(None)).order_by(Account.id)):
                self.accounts.setdefault(key(name), acc_id)

    def _people(self, acc: str) -> People:
        if acc not in self.people:
            acc_id = self.accounts.get(acc)
            rows: list[dict[str, Any]] = []
            deps: dict[str, str] = {}
            if acc_id is not None:
                with self.db.read() as s:
                    dep_names = {}
                    for dep_id, name in s.execute(select(Department.id, Department.name).where(
                            Department.account_id == acc_id, Department.deleted.is_(False))
                            .order_by(Department.id)):
                        deps.setdefault(key(name), dep_id)
                        dep_names[dep_id] = name
                    cols = [getattr(Stakeholder, f) for f in ("id", "department_id", *PERSON_FIELDS)]
                    for row in s.execute(select(*cols).where(
                            Stakeholder.account_id == acc_id, Stakeholder.deleted.is_(False))
                            .order_by(Stakeholder.id)):
                        d = dict(zip(("id", "department_id", *PERSON_FIELDS), row))
                        d["department"] = dep_names.get(d["department_id"], "")
                        rows.append(d)
            self.people[acc] = People(rows)
            self.departments[acc] = deps
        return self.people[acc]

    # -- rows ------------------------------------------------------------------------
    def _values(self, targets: list[str], raw: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for target, value in zip(targets, raw):
            if target and value.strip():
                out[target] = value.strip()
        if not out.get("name"):
            out["name"] = compose_name(out.get("first_name", ""), out.get("last_name", ""))
        return out

    def build(self) -> Plan:
        targets = self.mapping.targets(self.table)
        if not {"name", "first_name", "last_name"} & set(targets):
            raise ImportFileError(
                f"{self.table.name}: no column holds names; map one to \"Full name\"",
                f"{self.table.name}：没有哪一列是姓名；请把一列对应到“姓名”")
        self._load()
        rows: list[PlanRow] = []
        by_external: dict[str, PlanRow] = {}
        seen_in_file: dict[str, dict[str, PlanRow]] = {}  # account key -> match key -> first row
        raw_values: dict[int, dict[str, str]] = {}
        new_accounts: dict[str, str] = {}
        new_deps: dict[tuple[str, str], tuple[str, str]] = {}
        for n, src in enumerate(self.table.rows, start=1):
            v = self._values(targets, src.values)
            raw_values[src.line] = v
            account = v.get("account") or self.default_account
            row = PlanRow(src.line, v.get("name", ""), account, department=v.get("department", ""),
                          manager=v.get("manager") or v.get("manager_id", ""), note=v.get("note", ""))
            rows.append(row)
            if v.get("external_id"):
                by_external.setdefault(v["external_id"], row)
            self._plan_row(row, v, seen_in_file)
            if row.action != "skip" or row.person is not None:
                acc = key(account)
                if acc not in self.accounts and acc not in new_accounts:
                    new_accounts[acc] = account
                self.account_names.setdefault(acc, account)
                if row.department and row.action != "skip":
                    dk = key(row.department)
                    if dk not in self.departments.get(acc, {}):
                        new_deps.setdefault((acc, dk), (account, row.department))
            if self.progress and n % 200 == 0:
                self.progress(n)
        from planner.importers.reporting import plan_lines

        lines = plan_lines(self, rows, raw_values, by_external)
        plan = Plan(self.table.name, rows, list(new_accounts.values()), list(new_deps.values()),
                    lines, dict(self.accounts),
                    {(acc, dk): dep_id for acc, deps in self.departments.items() for dk, dep_id in deps.items()})
        return plan

    def _plan_row(self, row: PlanRow, v: dict[str, str], seen: dict[str, dict[str, PlanRow]]) -> None:
        if not row.name:
            row.action, row.reason = "skip", Message("no_name")
            return
        if not row.account:
            row.action, row.reason = "skip", Message("no_account")
            return
        fields = {f: v[f] for f in PERSON_FIELDS if v.get(f)}
        try:
            for f, value in fields.items():
                values.check("stakeholder", f, value)
            if row.department:
                values.check("department", "name", row.department)
            if len(row.account) > 200:
                values.check("account", "name", row.account)
        except ValidationError as exc:
            row.action, row.reason = "skip", Message("invalid", {"detail": str(exc)})
            return
        acc = key(row.account)
        people = self._people(acc)
        # the same person twice in the file: the first row wins
        in_file = seen.setdefault(acc, {})
        match_keys = [f"e:{fields['email'].casefold()}"] if fields.get("email") else []
        match_keys += [f"p:{phone_key(fields[f])}" for f in ("mobile", "phone") if phone_key(fields.get(f, ""))]
        match_keys.append(f"n:{key(row.name)}")
        first = next((in_file[k] for k in match_keys if k in in_file), None)
        choice = self.choices.get(row.line, "auto")
        if first is not None and choice == "auto":
            row.action, row.reason, row.person = "skip", Message("duplicate", {"line": first.line}), first.person
            return
        for k in match_keys:
            in_file.setdefault(k, row)
        how, ids = people.match(fields)
        row.candidates = [(pid, _label(people.by_id[pid])) for pid in ids]
        if choice == "skip":
            row.action, row.reason = "skip", Message("chosen_skip")
            row.person = ids[0] if len(ids) == 1 else None
            return
        if choice == "new":
            ids, how = [], "chosen_new"
        elif choice not in ("auto", "") and choice in people.by_id:
            ids, how = [choice], "by_choice"
        if len(ids) > 1:
            row.action = "skip"
            row.reason = Message("ambiguous", {"name": row.name, "account": row.account})
            return
        if not ids:
            row.action, row.fields = "create", fields
            row.reason = Message(how) if how == "chosen_new" else (
                Message("new_account", {"account": row.account}) if acc not in self.accounts else None)
            row.person = ("line", row.line)
            return
        existing = people.by_id[ids[0]]
        row.match_id = row.person = existing["id"]
        row.reason = Message(how, {"name": existing["name"]})
        # "zhao  min" is Zhao Min, "+86 138 0013 8000" is 13800138000: keep how the rep wrote it
        row.fields = {f: val for f, val in fields.items() if not same(f, val, existing[f])}
        if "name" in row.fields and spells(row.fields["name"], existing["name"], existing["name_romanised"]):
            # "Li Na" from an English address book is 李娜 in Latin letters, not a new name
            latin = row.fields.pop("name")
            if not existing["name_romanised"] and "name_romanised" not in row.fields:
                row.fields["name_romanised"] = latin
        row.before = {f: existing[f] for f in row.fields}
        if row.department and key(row.department) == key(existing["department"]):
            row.department = ""
        if row.note and self._has_note(existing["id"], row.note):
            row.note = ""
        row.action = "update" if row.fields or row.department or row.note else "unchanged"
        changes = [(f, row.before[f], v) for f, v in row.fields.items()]
        if row.department:
            changes.append(("department_id", existing["department"], row.department))
        if changes:
            row.warnings.append(Message("changed", {"changes": changes}))
        if row.note:
            row.warnings.append(Message("note"))

    def _has_note(self, person_id: str, body: str) -> bool:
        with self.db.read() as s:
            return s.scalar(select(Note.id).where(
                Note.stakeholder_id == person_id, Note.deleted.is_(False),
                Note.body == body).limit(1)) is not None

def _label(person: dict[str, Any]) -> str:
    extra = person.get("title") or person.get("email") or person.get("mobile") or ""
    return f"{person['name']} ({extra})" if extra else person["name"]


def build_plan(db: Database, table: SourceTable, mapping: Mapping | None = None, account: str = "",
               choices: dict[int, str] | None = None,
               progress: Callable[[int], None] | None = None) -> Plan:
    """Preview importing ``table``; writes nothing."""
    return Planner(db, table, mapping or Mapping(), account, choices, progress).build()
