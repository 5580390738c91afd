"""The SWOT of our position at an account, by quadrant, each entry with a
short label for its evidence (a visit, a note or a person)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner import vocab
from planner.models import Note, Stakeholder, SwotEntry, Visit
from planner.services.records import as_dict
from planner.store.database import Database


def evidence_label(entry: dict[str, Any], names: dict[str, str], lang: str = "en") -> str:
    parts = []
    if entry.get("stakeholder_id") in names:
        parts.append(names[entry["stakeholder_id"]])
    if entry.get("visit_id") in names:
        parts.append(names[entry["visit_id"]])
    if entry.get("note_id") in names:
        parts.append(names[entry["note_id"]])
    return " · ".join(parts)


def swot(db: Database, account_id: str, lang: str = "en") -> dict[str, list[dict[str, Any]]]:
    """quadrant -> entries (by position, then text), each with ``evidence``."""
    out: dict[str, list[dict[str, Any]]] = {q: [] for q in vocab.SWOT_QUADRANT.values}
    with db.read() as s:
        entries = [as_dict(e) for e in s.scalars(select(SwotEntry).where(
            SwotEntry.account_id == account_id, SwotEntry.deleted.is_(False)))]
        names: dict[str, str] = {}
        for e in entries:
            if e["stakeholder_id"] and (p := s.get(Stakeholder, e["stakeholder_id"])) and not p.deleted:
                names[p.id] = p.name
            if e["visit_id"] and (v := s.get(Visit, e["visit_id"])) and not v.deleted:
                word = "拜访" if lang.startswith("zh") else "visit"
                names[v.id] = f"{word} {v.starts_at.date().isoformat()}"
            if e["note_id"] and (n := s.get(Note, e["note_id"])) and not n.deleted:
                names[n.id] = n.title or ("笔记" if lang.startswith("zh") else "note")
    for e in entries:
        e["evidence"] = evidence_label(e, names, lang)
        out.setdefault(e["quadrant"], []).append(e)
    for q in out.values():
        q.sort(key=lambda e: (e["position"], e["text"]))
    return out
