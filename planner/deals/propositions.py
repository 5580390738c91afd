"""Value propositions (价值主张) of a deal, their warnings, and the library
of propositions that worked, across accounts.

*Sixty seconds*: a proposition must be sayable in a minute. Spoken length
is estimated at 150 English words and 250 Chinese characters a minute
(mixed text adds both), so the limit is about 150 words or 250 characters;
title and text both count. More than three propositions on one deal is a
warning too: nobody remembers a fourth.

Threading: reads the database; safe on any thread.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from planner.models import (Account, Opportunity, PropositionDelivery, PropositionTarget,
                            Stakeholder, ValueProposition)
from planner.services.records import as_dict
from planner.store.database import Database
from planner.text.sortkey import matches

WORDS_PER_MINUTE = 150
CJK_PER_MINUTE = 250
MAX_SECONDS = 60
MAX_PER_DEAL = 3

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,%-]*")


def spoken_seconds(text: str) -> float:
    """About how long saying ``text`` takes."""
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return cjk * 60 / CJK_PER_MINUTE + words * 60 / WORDS_PER_MINUTE


def _said(p: dict[str, Any]) -> str:
    return f"{p['title']}. {p['text']}"


def deal_propositions(db: Database, opportunity_id: str) -> list[dict[str, Any]]:
    """The deal's propositions, each with ``targets`` [{id, target_id,
    name}] and ``deliveries`` (newest first, with the person's name)."""
    with db.read() as s:
        props = [as_dict(p) for p in s.scalars(select(ValueProposition).where(
            ValueProposition.opportunity_id == opportunity_id, ValueProposition.deleted.is_(False)))]
        ids = [p["id"] for p in props]
        targets = s.execute(select(PropositionTarget.id, PropositionTarget.proposition_id,
                                   Stakeholder.id, Stakeholder.name)
                            .join(Stakeholder, Stakeholder.id == PropositionTarget.stakeholder_id)
                            .where(PropositionTarget.proposition_id.in_(ids),
                                   PropositionTarget.deleted.is_(False),
                                   Stakeholder.deleted.is_(False))).all()
        deliveries = s.execute(select(PropositionDelivery, Stakeholder.name)
                               .outerjoin(Stakeholder, Stakeholder.id == PropositionDelivery.stakeholder_id)
                               .where(PropositionDelivery.proposition_id.in_(ids),
                                      PropositionDelivery.deleted.is_(False))).all()
    for p in props:
        p["targets"] = sorted(({"id": t, "stakeholder_id": sid, "name": name}
                               for t, pid, sid, name in targets if pid == p["id"]),
                              key=lambda t: t["name"])
        p["deliveries"] = sorted((as_dict(d) | {"name": name or ""} for d, name in deliveries
                                  if d.proposition_id == p["id"]),
                                 key=lambda d: (d["delivered_on"], d["id"]), reverse=True)
        p["seconds"] = spoken_seconds(_said(p))
    return sorted(props, key=lambda p: (p["title"], p["id"]))


def warnings(props: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``{"kind", "proposition_id", "text_en", "text_zh"}`` for a deal's
    propositions (from :func:`deal_propositions`)."""
    out = []
    if len(props) > MAX_PER_DEAL:
        out.append({"kind": "too_many", "proposition_id": None,
                    "text_en": f"{len(props)} propositions: keep two or three strong ones; "
                               f"nobody remembers more.",
                    "text_zh": f"共{len(props)}条价值主张：保留两三条最有力的，多了记不住。"})
    for p in props:
        secs = p.get("seconds", spoken_seconds(_said(p)))
        if secs > MAX_SECONDS:
            out.append({"kind": "too_long", "proposition_id": p["id"],
                        "text_en": f"“{p['title']}” takes about {secs:.0f} seconds to say: "
                                   f"cut it to under a minute.",
                        "text_zh": f"“{p['title']}”说完约需{secs:.0f}秒：压缩到一分钟以内。"})
        if not p.get("targets"):
            out.append({"kind": "no_target", "proposition_id": p["id"],
                        "text_en": f"“{p['title']}” is aimed at nobody: name the people it is for.",
                        "text_zh": f"“{p['title']}”没有指定对象：写明要传递给谁。"})
        elif not p.get("deliveries"):
            out.append({"kind": "never_delivered", "proposition_id": p["id"],
                        "text_en": f"“{p['title']}” has not been delivered yet.",
                        "text_zh": f"“{p['title']}”尚未传递过。"})
    return out


def library(db: Database, query: str = "") -> list[dict[str, Any]]:
    """Propositions in the library or marked as worked, on every account:
    with ``account_name``, ``opportunity_name``, ``deliveries`` and
    ``positive`` (deliveries that landed well); worked ones first."""
    with db.read() as s:
        rows = s.execute(select(ValueProposition, Account.name, Opportunity.name)
                         .outerjoin(Account, Account.id == ValueProposition.account_id)
                         .outerjoin(Opportunity, Opportunity.id == ValueProposition.opportunity_id)
                         .where(ValueProposition.deleted.is_(False),
                                (ValueProposition.in_library.is_(True)) | (ValueProposition.worked.is_(True))))
        props = [as_dict(p) | {"account_name": a or "", "opportunity_name": o or ""} for p, a, o in rows]
        counts: dict[str, list[int]] = {}
        for pid, reaction in s.execute(select(PropositionDelivery.proposition_id, PropositionDelivery.reaction)
                                       .where(PropositionDelivery.deleted.is_(False),
                                              PropositionDelivery.proposition_id.in_([p["id"] for p in props]))):
            c = counts.setdefault(pid, [0, 0])
            c[0] += 1
            c[1] += reaction == "positive"
    out = []
    for p in props:
        if not matches(query, p["title"], p["text"], p["account_name"], p["opportunity_name"]):
            continue
        p["deliveries"], p["positive"] = counts.get(p["id"], [0, 0])
        out.append(p)
    return sorted(out, key=lambda p: (not p["worked"], -p["positive"], p["title"]))


def copy_values(prop: dict[str, Any], opportunity: dict[str, Any]) -> dict[str, Any]:
    """The fields of a copy of a library proposition on another deal."""
    return {"account_id": opportunity["account_id"], "opportunity_id": opportunity["id"],
            "title": prop["title"], "text": prop["text"], "worked": False, "in_library": False,
            "origin_id": prop["id"]}
