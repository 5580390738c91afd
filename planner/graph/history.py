"""What changed on an account's map since a day: people added or gone
(deleted, or marked as having left), attitudes that moved, lines drawn or
removed. Built on the change log (every write of the services and every
sync import is there, field by field, with the time it was written here).

The state of a record at ``since`` is read back from the log: it existed if
it has an entry before ``since``, was deleted if its last ``deleted`` entry
before ``since`` said so, and a field's value is the last one written before
``since``. Comparing that with the record now gives the changes; something
changed and changed back in between is not a change.

:func:`diff` is pure (rows now, log entries); :func:`changes_since` reads
the database; :func:`describe` words the result in English or Chinese.
Threading: any thread.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, Iterable

from sqlalchemy import select

from planner import vocab
from planner.models import ChangeLogEntry, Relationship, Stakeholder
from planner.store.database import Database

PERSON_FIELDS = ("name", "title", "status", "attitude", "attitude_confidence")
LINE_FIELDS = ("source_id", "target_id", "kind")
LOGGED = ("deleted", "name", "status", "attitude", "kind", "source_id")


def _at_since(entries: list[dict[str, Any]], since: datetime) -> tuple[bool, dict[str, Any], datetime | None]:
    """(alive at ``since``, field values written before it, the first write after it)."""
    before = [e for e in entries if e["at"] < since]
    after = [e for e in entries if e["at"] >= since]
    values: dict[str, Any] = {}
    for e in before:
        values[e["field"]] = e["new_value"]
    alive = bool(before) and not values.get("deleted", False)
    return alive, values, (after[0]["at"] if after else None)


def diff(people: dict[str, dict[str, Any]], lines: dict[str, dict[str, Any]],
         entries: Iterable[dict[str, Any]], since: datetime) -> dict[str, Any]:
    """The changes since ``since``. ``people`` and ``lines``: every row of the
    account (deleted ones too, with ``deleted``); ``entries``: their log
    entries (``table_name``, ``row_id``, ``field``, ``new_value``, ``at``) in
    log order."""
    by_row: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in entries:
        by_row.setdefault((e["table_name"], e["row_id"]), []).append(e)
    out: dict[str, Any] = {"since": since.isoformat(sep=" ", timespec="minutes"), "added": [], "gone": [],
                           "attitudes": [], "lines_drawn": [], "lines_removed": []}
    for pid, p in people.items():
        log = by_row.get(("stakeholder", pid), [])
        was_alive, then, when = _at_since(log, since)
        was_there = was_alive and then.get("status", "active") != "left"
        is_there = not p["deleted"] and p["status"] != "left"
        person = {"id": pid, "name": p["name"], "title": p["title"],
                  "at": when.isoformat(sep=" ", timespec="minutes") if when else None}
        if is_there and not was_there:
            out["added"].append(person | {"back": was_alive})
        elif was_there and not is_there:
            out["gone"].append(person | {"why": "deleted" if p["deleted"] else "left"})
        elif is_there and was_there and then.get("attitude", p["attitude"]) != p["attitude"]:
            out["attitudes"].append(person | {"before": then["attitude"], "after": p["attitude"],
                                              "unconfirmed": p["attitude_confidence"] == "unconfirmed"})
    for lid, ln in lines.items():
        log = by_row.get(("relationship", lid), [])
        was_alive, _, when = _at_since(log, since)
        ends_there = all(e in people and not people[e]["deleted"] for e in (ln["source_id"], ln["target_id"]))
        is_alive = not ln["deleted"] and ends_there
        line = {"id": lid, "source": ln["source_id"], "target": ln["target_id"], "kind": ln["kind"],
                "at": when.isoformat(sep=" ", timespec="minutes") if when else None}
        if is_alive and not was_alive:
            out["lines_drawn"].append(line)
        elif was_alive and not is_alive:
            out["lines_removed"].append(line)
    for key in ("added", "gone", "attitudes", "lines_drawn", "lines_removed"):
        out[key].sort(key=lambda r: (r["at"] or "", r["id"]))
    return out


def changes_since(db: Database, account_id: str, since: date | datetime) -> dict[str, Any]:
    """What changed on the account's map since ``since`` (a day: from its start)."""
    if not isinstance(since, datetime):
        since = datetime.combine(since, time.min)
    with db.read() as s:
        people = {r.id: {"name": r.name, "title": r.title, "status": r.status, "attitude": r.attitude,
                         "attitude_confidence": r.attitude_confidence, "deleted": r.deleted}
                  for r in s.execute(select(Stakeholder.id, Stakeholder.name, Stakeholder.title,
                                            Stakeholder.status, Stakeholder.attitude,
                                            Stakeholder.attitude_confidence, Stakeholder.deleted)
                                     .where(Stakeholder.account_id == account_id))}
        lines = {r.id: {"source_id": r.source_id, "target_id": r.target_id, "kind": r.kind,
                        "deleted": r.deleted}
                 for r in s.execute(select(Relationship.id, Relationship.source_id, Relationship.target_id,
                                           Relationship.kind, Relationship.deleted)
                                    .where(Relationship.account_id == account_id))}
        ids = list(people) + list(lines)
        entries = []
        for chunk in range(0, len(ids), 500):
            q = (select(ChangeLogEntry.table_name, ChangeLogEntry.row_id, ChangeLogEntry.field,
                        ChangeLogEntry.new_value, ChangeLogEntry.at)
                 .where(ChangeLogEntry.row_id.in_(ids[chunk:chunk + 500]),
                        ChangeLogEntry.table_name.in_(("stakeholder", "relationship")),
                        ChangeLogEntry.field.in_(LOGGED))
                 .order_by(ChangeLogEntry.seq))
            entries += [dict(r._mapping) for r in s.execute(q)]
    entries.sort(key=lambda e: e["at"])  # stable: log order within a second
    return diff(people, lines, entries, since)


def describe(changes: dict[str, Any], names: dict[str, str], lang: str = "en") -> list[dict[str, Any]]:
    """The changes as sentences: ``[{"text", "people": [ids]}]``."""
    zh = lang.startswith("zh")
    out = []

    def who(p: dict[str, Any]) -> str:
        return f"{p['name']}（{p['title']}）" if zh and p["title"] else (
            f"{p['name']} ({p['title']})" if p["title"] else p["name"])
    for p in changes["added"]:
        text = (f"{who(p)} 重新出现在图谱上" if p["back"] else f"新增 {who(p)}") if zh else \
            (f"{who(p)} is back on the map" if p["back"] else f"Added {who(p)}")
        out.append({"text": text, "people": [p["id"]], "kind": "added"})
    for p in changes["gone"]:
        if zh:
            text = f"{who(p)} 已离职" if p["why"] == "left" else f"删除了 {who(p)}"
        else:
            text = f"{who(p)} has left" if p["why"] == "left" else f"Deleted {who(p)}"
        out.append({"text": text, "people": [p["id"]], "kind": "gone"})
    for p in changes["attitudes"]:
        before = vocab.ATTITUDE.label(p["before"], "zh" if zh else "en")
        after = vocab.ATTITUDE.label(p["after"], "zh" if zh else "en")
        mark = ("（未确认）" if zh else " (unconfirmed)") if p["unconfirmed"] else ""
        text = f"{who(p)} 的态度：{before} → {after}{mark}" if zh else f"{who(p)}: attitude {before} → {after}{mark}"
        out.append({"text": text, "people": [p["id"]], "kind": "attitude"})
    for key, en, zh_word in (("lines_drawn", "New line", "新增关系线"), ("lines_removed", "Removed line", "删除关系线")):
        for ln in changes[key]:
            kind = vocab.RELATIONSHIP_KIND.label(ln["kind"], "zh" if zh else "en")
            a, b = names.get(ln["source"], "?"), names.get(ln["target"], "?")
            text = f"{zh_word}：{a} → {b}（{kind}）" if zh else f"{en}: {a} → {b} ({kind})"
            out.append({"text": text, "people": [ln["source"], ln["target"]], "kind": key})
    return out
