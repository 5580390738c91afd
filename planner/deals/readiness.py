"""Bid / no-bid readiness (投标准备度): the control points, the decision
chain's coverage and the tender-rule checklist's completeness, explained
item by item.

Each item is ``{"area", "status", "text_en", "text_zh"}`` with status
``ok``, ``warn`` or ``gap``. The score is the share of the way there
(ok = 2, warn = 1, gap = 0, over 2 per item), 0-100. The verdict:

- ``bid`` when the score is 70 or more and none of the *critical* items is
  a gap (a decider identified, the procurement method, the evaluation
  criteria and the award rule known);
- ``qualify`` (bid only once the gaps are closed) when the score is 40 or more;
- ``no_bid`` below that.

Threading: reads the database; safe on any thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from planner import vocab
from planner.deals import control_points, decision_chain, propositions
from planner.deals.tender.templates import checklist_items
from planner.models import Checklist
from planner.store.database import Database

DONE = ("known", "confirmed", "not_applicable")
VERDICTS = {
    "bid": ("Bid: we control enough of this deal.", "建议投标：我们对项目的掌控足够。"),
    "qualify": ("Bid only once the gaps below are closed.", "先补齐下列短板，再决定投标。"),
    "no_bid": ("No-bid for now: too much is unknown or against us.", "暂不建议投标：未知或不利因素太多。"),
}


def _item(area: str, status: str, en: str, zh: str, critical: bool = False) -> dict[str, Any]:
    return {"area": area, "status": status, "text_en": en, "text_zh": zh, "critical": critical}


def _control_points(db: Database, opportunity_id: str) -> list[dict[str, Any]]:
    out = []
    status_of = {"under_control": "ok", "at_risk": "warn", "unknown": "gap"}
    for row in control_points.rows(db, opportunity_id):
        n = row["n"]
        st = status_of[row["status"]]
        en_s = vocab.CHECKLIST_STATUS.label(row["status"]).lower()
        zh_s = vocab.CHECKLIST_STATUS.label(row["status"], "zh")
        ev_en = f" — {row['evidence']}" if row["evidence"] else ""
        ev_zh = f"——{row['evidence']}" if row["evidence"] else ""
        out.append(_item("control_points", st,
                         f"Control point {n + 1}, {control_points.point_label(n, 'en')}: {en_s}{ev_en}",
                         f"控制点{n + 1}，{control_points.point_label(n, 'zh')}：{zh_s}{ev_zh}",
                         critical=n >= 3))
    return out


def _chain(db: Database, opportunity_id: str, today: date) -> list[dict[str, Any]]:
    c = decision_chain.chain(db, opportunity_id, today)
    out = []
    for role in decision_chain.ROLES:
        holders = [r["name"] for r in c["rows"] if r["role"] == role and r["stakeholder_id"] and not r["left"]]
        en, zh = vocab.BUYING_ROLE.label(role), vocab.BUYING_ROLE.label(role, "zh")
        if holders:
            out.append(_item("decision_chain", "ok", f"{en}: {', '.join(holders)}",
                             f"{zh}：{'、'.join(holders)}"))
        else:
            severe = role in ("decider", "approver")
            out.append(_item("decision_chain", "gap" if severe else "warn",
                             f"{en}: nobody identified", f"{zh}：尚未确定", critical=role == "decider"))
    for w in c["warnings"]:
        if w["kind"] in ("against", "never_met", "left"):
            out.append(_item("decision_chain", "warn", w["text_en"], w["text_zh"]))
    return out


def _checklist(db: Database, opportunity_id: str, today: date) -> list[dict[str, Any]]:
    with db.read() as s:
        ids = s.scalars(select(Checklist.id).where(
            Checklist.opportunity_id == opportunity_id, Checklist.kind == "tender_rules",
            Checklist.deleted.is_(False)).order_by(Checklist.id)).all()
    items = [i for cid in ids for i in checklist_items(db, cid)]
    if not items:
        return [_item("checklist", "gap", "No tender-rule checklist yet: start one from a template.",
                      "尚无招投标规则检查表：从模板新建一份。")]
    done = sum(i["status"] in DONE for i in items)
    confirmed = sum(i["status"] == "confirmed" for i in items)
    share = done / len(items)
    st = "ok" if share >= 0.8 else "warn" if share >= 0.5 else "gap"
    out = [_item("checklist", st,
                 f"Tender rules: {done} of {len(items)} items known ({share:.0%}), {confirmed} confirmed",
                 f"招投标规则：{len(items)}项中已知{done}项（{share:.0%}），已确认{confirmed}项")]
    late = [i for i in items if i["status"] == "unknown" and i["due_date"] and i["due_date"] < today]
    if late:
        names_en = ", ".join(i["label"] for i in late[:3]) + ("…" if len(late) > 3 else "")
        names_zh = "、".join(i["label"] for i in late[:3]) + ("…" if len(late) > 3 else "")
        out.append(_item("checklist", "warn", f"{len(late)} unknown item(s) past their due date: {names_en}",
                         f"{len(late)}项未知且已过期：{names_zh}"))
    return out


def _propositions(db: Database, opportunity_id: str, makers: set[str]) -> list[dict[str, Any]]:
    props = propositions.deal_propositions(db, opportunity_id)
    if not props:
        return [_item("propositions", "gap", "No value proposition written for this deal.",
                      "本项目还没有价值主张。")]
    reached = {d["stakeholder_id"] for p in props for d in p["deliveries"] if d["stakeholder_id"]}
    delivered = sum(bool(p["deliveries"]) for p in props)
    if makers & reached:
        return [_item("propositions", "ok",
                      f"{delivered} of {len(props)} propositions delivered, including to a decision maker",
                      f"{len(props)}条价值主张中已传递{delivered}条，且已传递给决策者/批准者")]
    return [_item("propositions", "warn",
                  f"{delivered} of {len(props)} propositions delivered, none yet to the decider or approver",
                  f"{len(props)}条价值主张中已传递{delivered}条，尚未传递给决策者或批准者")]


def readiness(db: Database, opportunity_id: str, today: date | None = None) -> dict[str, Any]:
    """``{"items", "score", "verdict", "text_en", "text_zh"}``."""
    today = today or date.today()
    _opp, roles, _people, _c = decision_chain.load(db, opportunity_id)
    makers = {r["stakeholder_id"] for r in roles if r["role"] in decision_chain.DECISION_MAKERS}
    items = (_control_points(db, opportunity_id) + _chain(db, opportunity_id, today)
             + _checklist(db, opportunity_id, today) + _propositions(db, opportunity_id, makers))
    points = {"ok": 2, "warn": 1, "gap": 0}
    score = round(100 * sum(points[i["status"]] for i in items) / (2 * len(items)))
    critical_gap = any(i["critical"] and i["status"] == "gap" for i in items)
    verdict = "bid" if score >= 70 and not critical_gap else "qualify" if score >= 40 else "no_bid"
    en, zh = VERDICTS[verdict]
    return {"items": items, "score": score, "verdict": verdict, "text_en": en, "text_zh": zh}
