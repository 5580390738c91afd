"""Tender-rule checklist templates and checklists started from them.

Shipped templates are data, not code: ``resources/templates/tenders/*.json``
(public tender 公开招标, invited tender 定向邀标, single source 单一来源,
competitive negotiation 竞争性谈判, private-company RFP), each item with
English and Chinese text. A rep's own templates are ``checklist_template``
records (they sync). Template ids: ``builtin:<key>`` for shipped ones, the
record id for saved ones.

Prefill from history: when the same account's earlier opportunities have
tender-rule checklists, the values recorded then are offered for the items
of a new checklist with the same wording (English and Chinese wordings of a
shipped item count as the same item).

Threading: reads and writes through the services; safe on any thread.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner.models import Checklist, ChecklistItem, ChecklistTemplate, Opportunity
from planner.services.errors import NotFound, ValidationError
from planner.services.records import Writer
from planner.store.database import Database

FOLDER = Path(__file__).resolve().parents[3] / "resources" / "templates" / "tenders"
BUILTIN = "builtin:"
#: the order shipped templates are offered in
ORDER = ("public_tender", "invited_tender", "single_source", "competitive_negotiation", "private_rfp")


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


@lru_cache(maxsize=1)
def shipped() -> tuple[dict[str, Any], ...]:
    """The shipped templates, in :data:`ORDER` (then by file name)."""
    out = []
    for path in sorted(FOLDER.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for item in doc["items"]:
            for key in ("section_en", "section_zh", "label_en", "label_zh"):
                if not isinstance(item.get(key), str):
                    raise ValueError(f"{path.name}: an item lacks {key}")
        out.append(doc)
    rank = {k: i for i, k in enumerate(ORDER)}
    return tuple(sorted(out, key=lambda d: (rank.get(d["key"], 99), d["key"])))


def templates(db: Database) -> list[dict[str, Any]]:
    """Every template a checklist can start from: ``{"id", "name_en",
    "name_zh", "builtin", "procurement_method", "items"}`` (shipped first,
    then saved ones by name). Items of saved templates are ``{section, label}``."""
    out = [{"id": BUILTIN + d["key"], "name_en": d["name_en"], "name_zh": d["name_zh"],
            "builtin": True, "procurement_method": d.get("procurement_method"), "items": d["items"]}
           for d in shipped()]
    with db.read() as s:
        rows = s.scalars(select(ChecklistTemplate).where(
            ChecklistTemplate.deleted.is_(False), ChecklistTemplate.kind == "tender_rules"))
        saved = [{"id": r.id, "name_en": r.name, "name_zh": r.name, "builtin": False,
                  "procurement_method": None, "items": list(r.items or [])} for r in rows]
    return out + sorted(saved, key=lambda t: t["name_en"])


def template_name(t: dict[str, Any], lang: str) -> str:
    return t["name_zh"] if _zh(lang) else t["name_en"]


def template_items(t: dict[str, Any], lang: str) -> list[dict[str, str]]:
    """The template's items as ``{section, label}`` in ``lang``."""
    out = []
    for item in t["items"]:
        if "label_en" in item:
            sfx = "zh" if _zh(lang) else "en"
            out.append({"section": item[f"section_{sfx}"], "label": item[f"label_{sfx}"]})
        else:
            out.append({"section": item.get("section", ""), "label": item["label"]})
    return out


def find_template(db: Database, template_id: str) -> dict[str, Any]:
    for t in templates(db):
        if t["id"] == template_id:
            return t
    raise NotFound(f"no checklist template {template_id}")


def for_procurement_method(method: str) -> str | None:
    """The id of the shipped template for a procurement method."""
    for d in shipped():
        if d.get("procurement_method") == method:
            return BUILTIN + d["key"]
    return None


def start_checklist(w: Writer, db_templates: list[dict[str, Any]], opportunity_id: str,
                    template_id: str, lang: str, title: str | None = None) -> str:
    """Create a tender-rule checklist on the opportunity with the template's
    items (in ``lang``), in the writer's transaction. Returns its id."""
    t = next((t for t in db_templates if t["id"] == template_id), None)
    if t is None:
        raise NotFound(f"no checklist template {template_id}")
    checklist = w.create("checklist", {
        "opportunity_id": opportunity_id, "kind": "tender_rules",
        "title": title or template_name(t, lang), "template_id": template_id})
    for n, item in enumerate(template_items(t, lang)):
        w.create("checklist_item", {"checklist_id": checklist, "position": n,
                                    "section": item["section"], "label": item["label"]})
    return checklist


def checklist_items(db: Database, checklist_id: str) -> list[dict[str, Any]]:
    """The live items in their order."""
    from planner.services.records import as_dict

    with db.read() as s:
        rows = s.scalars(select(ChecklistItem).where(
            ChecklistItem.checklist_id == checklist_id, ChecklistItem.deleted.is_(False)))
        return sorted((as_dict(r) for r in rows), key=lambda r: (r["position"], r["id"]))


def save_as_template(w: Writer, items: list[dict[str, Any]], name: str) -> str:
    """A new saved template from a checklist's items (their wording only)."""
    if not name.strip():
        raise ValidationError("checklist_template.name cannot be empty")
    return w.create("checklist_template", {
        "name": name.strip(), "kind": "tender_rules",
        "items": [{"section": i["section"], "label": i["label"]} for i in items]})


def _norm(text: str) -> str:
    return "".join(text.lower().split()).replace("／", "/")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Normalised wording -> one key per shipped item (English = Chinese)."""
    out: dict[str, str] = {}
    for d in shipped():
        for item in d["items"]:
            key = _norm(item["label_en"])
            out.setdefault(key, key)
            out.setdefault(_norm(item["label_zh"]), out[key])
    return out


def same_item_key(label: str) -> str:
    n = _norm(label)
    return _aliases().get(n, n)


def prefill_suggestions(db: Database, checklist_id: str) -> list[dict[str, Any]]:
    """For the empty items of this checklist: the values the same account's
    other tender-rule checklists recorded for the same item, newest
    opportunity first. ``{"item_id", "label", "value", "evidence",
    "opportunity_id", "opportunity_name"}``."""
    with db.read() as s:
        checklist = s.get(Checklist, checklist_id)
        if checklist is None or checklist.deleted:
            raise NotFound(f"no checklist with id {checklist_id}")
        opp = s.get(Opportunity, checklist.opportunity_id)
        rows = s.execute(
            select(ChecklistItem, Opportunity.id, Opportunity.name, Opportunity.expected_close)
            .join(Checklist, Checklist.id == ChecklistItem.checklist_id)
            .join(Opportunity, Opportunity.id == Checklist.opportunity_id)
            .where(Opportunity.account_id == opp.account_id, Opportunity.id != opp.id,
                   Checklist.kind == "tender_rules", Checklist.deleted.is_(False),
                   ChecklistItem.deleted.is_(False), Opportunity.deleted.is_(False),
                   ChecklistItem.value != "")).all()
        history: dict[str, tuple] = {}
        for item, oid, oname, close in sorted(rows, key=lambda r: (r[3] is None, r[3]), reverse=True):
            history.setdefault(same_item_key(item.label), (item.value, item.evidence, oid, oname))
    out = []
    for item in checklist_items(db, checklist_id):
        if item["value"].strip():
            continue
        found = history.get(same_item_key(item["label"]))
        if found:
            value, evidence, oid, oname = found
            out.append({"item_id": item["id"], "label": item["label"], "value": value,
                        "evidence": evidence, "opportunity_id": oid, "opportunity_name": oname})
    return out


def prefill_edit(suggestion: dict[str, Any], lang: str) -> dict[str, Any]:
    """The fields to write for an accepted suggestion: the value, marked
    known (not confirmed: it is what the customer did last time)."""
    where = suggestion["opportunity_name"]
    evidence = (f"上次招标（{where}）的情况，需确认" if _zh(lang)
                else f"As in the earlier tender ({where}); to be confirmed")
    return {"value": suggestion["value"], "status": "known", "evidence": evidence}
