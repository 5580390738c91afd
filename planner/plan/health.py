"""Customer health: a simple indicator (0-100) that says why.

Seven components, each scored 0-100 and explained in plain words (English
and Chinese); the indicator is their weighted mean, over the components that
apply (no open deal: decision roles do not count; no NPS answers: NPS does
not count).

- coverage: key people (importance 4-5, still there) we have a working
  relationship with (closeness 3+): share of them;
- decision roles: deciders and approvers of open deals who support us
  (champion or supporter): share of them;
- champions: 0 → 0, 1 → 60, 2 or more → 100;
- contact recency: days since the last visit or contact, 100 today falling
  to 0 at 90 days;
- visit frequency: visits done in the last 90 days, 6 (one a fortnight) → 100;
- open risks: 100 − 3 × the worst open risk's likelihood × impact − 5 for
  each other open risk, not below 0;
- NPS: each contact's latest answer in the last year, −100 … +100 mapped to 0 … 100,
  with the trend against 180 days earlier.

``compute`` is pure (tested against hand-worked numbers); ``account_health``
gathers the facts from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from planner.models import (ContactLog, DecisionRole, Opportunity, Stakeholder, Visit)
from planner.plan import nps as nps_mod
from planner.plan.risks import severity
from planner.services.records import Records
from planner.store.database import Database

WEIGHTS = {"coverage": 2, "decision_roles": 2, "champions": 1, "recency": 1,
           "visits": 1, "risks": 1, "nps": 1}
SUPPORT = ("champion", "supporter")
RECENCY_ZERO_DAYS = 90
VISIT_WINDOW_DAYS = 90
VISITS_FOR_FULL = 6


@dataclass
class Facts:
    """What the indicator is computed from (plain data)."""

    people: list[dict[str, Any]] = field(default_factory=list)   # name, importance, closeness, attitude, status
    decision_people: list[dict[str, Any]] = field(default_factory=list)  # name, role, attitude
    last_contact: date | None = None
    visit_dates: list[date] = field(default_factory=list)
    open_risks: list[dict[str, Any]] = field(default_factory=list)  # title, likelihood, impact
    nps_rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Component:
    key: str
    score: float | None  # None: does not apply
    en: str
    zh: str

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else self.en

    @property
    def weight(self) -> int:
        return WEIGHTS[self.key]


@dataclass(frozen=True)
class Health:
    score: float | None
    components: list[Component]

    @property
    def level(self) -> str:
        """good (70+), watch (40-69), poor (<40) or unknown."""
        if self.score is None:
            return "unknown"
        shown = round(self.score)  # the level matches the number people see
        return "good" if shown >= 70 else "watch" if shown >= 40 else "poor"

    def component(self, key: str) -> Component:
        return next(c for c in self.components if c.key == key)


LEVELS = {"good": ("Healthy", "健康"), "watch": ("Watch", "需关注"), "poor": ("At risk", "有风险"),
          "unknown": ("Not enough data", "数据不足")}
COMPONENT_NAMES = {
    "coverage": ("Coverage of key people", "关键人覆盖"),
    "decision_roles": ("Deciders and approvers on our side", "决策者/批准者的支持"),
    "champions": ("Champions", "支持者（教练）"),
    "recency": ("Contact recency", "最近联系"),
    "visits": ("Visit frequency", "拜访频率"),
    "risks": ("Open risks", "未解决风险"),
    "nps": ("NPS", "NPS（净推荐值）"),
}


def _names(rows: list[dict[str, Any]], limit: int = 3, sep: str = ", ") -> str:
    names = [r["name"] for r in rows[:limit]]
    more = len(rows) - limit
    return sep.join(names) + (f" +{more}" if more > 0 else "")


def _coverage(f: Facts) -> Component:
    key = [p for p in f.people if p["importance"] >= 4 and p["status"] == "active"]
    if not key:
        return Component("coverage", 0.0, "No key people (importance 4-5) recorded yet.",
                         "尚未记录关键人（重要程度4-5）。")
    close = [p for p in key if p["closeness"] >= 3]
    far = [p for p in key if p["closeness"] < 3]
    score = 100.0 * len(close) / len(key)
    en = f"We have a working relationship (closeness 3+) with {len(close)} of {len(key)} key people."
    zh = f"{len(key)}位关键人中，与{len(close)}位关系紧密（紧密度3以上）。"
    if far:
        en += f" Not yet: {_names(far)}."
        zh += f"尚待加强：{_names(far, sep='、')}。"
    return Component("coverage", score, en, zh)


def _decision_roles(f: Facts) -> Component:
    top = [p for p in f.decision_people if p["role"] in ("decider", "approver")]
    if not top:
        return Component("decision_roles", None, "No decider or approver named on an open deal.",
                         "进行中的商机尚未确定决策者或批准者。")
    on_side = [p for p in top if p["attitude"] in SUPPORT]
    not_yet = [p for p in top if p["attitude"] not in SUPPORT]
    en = f"{len(on_side)} of {len(top)} deciders and approvers on open deals support us."
    zh = f"进行中商机的{len(top)}位决策者/批准者中，{len(on_side)}位支持我方。"
    if not_yet:
        en += f" Not yet: {_names(not_yet)}."
        zh += f"尚未支持：{_names(not_yet, sep='、')}。"
    return Component("decision_roles", 100.0 * len(on_side) / len(top), en, zh)


def _champions(f: Facts) -> Component:
    champs = [p for p in f.people if p["attitude"] == "champion" and p["status"] == "active"]
    score = 0.0 if not champs else 60.0 if len(champs) == 1 else 100.0
    if not champs:
        return Component("champions", score, "No champion: nobody at the account sells for us inside.",
                         "没有教练：客户内部没有人替我们说话。")
    return Component("champions", score, f"{len(champs)} champion(s): {_names(champs)}.",
                     f"{len(champs)}位教练：{_names(champs, sep='、')}。")


def _recency(f: Facts, today: date) -> Component:
    if f.last_contact is None:
        return Component("recency", 0.0, "No visit or contact recorded.", "没有拜访或联系记录。")
    days = max(0, (today - f.last_contact).days)
    score = max(0.0, 100.0 * (1 - days / RECENCY_ZERO_DAYS))
    return Component("recency", score,
                     f"Last visit or contact {days} day(s) ago ({f.last_contact.isoformat()}).",
                     f"最近一次拜访或联系在{days}天前（{f.last_contact.isoformat()}）。")


def _visits(f: Facts, today: date) -> Component:
    since = today - timedelta(days=VISIT_WINDOW_DAYS)
    n = sum(since <= d <= today for d in f.visit_dates)
    score = min(100.0, 100.0 * n / VISITS_FOR_FULL)
    return Component("visits", score,
                     f"{n} visit(s) in the last {VISIT_WINDOW_DAYS} days "
                     f"(full marks at {VISITS_FOR_FULL}, one a fortnight).",
                     f"近{VISIT_WINDOW_DAYS}天拜访{n}次（{VISITS_FOR_FULL}次即每两周一次为满分）。")


def _risks(f: Facts) -> Component:
    if not f.open_risks:
        return Component("risks", 100.0, "No open risks.", "没有未解决的风险。")
    worst = max(f.open_risks, key=severity)
    score = max(0.0, 100.0 - 3 * severity(worst) - 5 * (len(f.open_risks) - 1))
    return Component("risks", score,
                     f"{len(f.open_risks)} open risk(s); the largest: {worst['title']} "
                     f"(likelihood {worst['likelihood']} × impact {worst['impact']} = {severity(worst)}).",
                     f"{len(f.open_risks)}项未解决风险；最大的是：{worst['title']}"
                     f"（可能性{worst['likelihood']} × 影响{worst['impact']} = {severity(worst)}）。")


def _signed(v: float) -> str:
    return f"{v:+.0f}"


def _nps(f: Facts, today: date) -> Component:
    now, before = nps_mod.trend(f.nps_rows, today)
    if now.value is None:
        return Component("nps", None, "No NPS answers in the last year.", "近一年没有NPS评分。")
    en = (f"NPS {_signed(now.value)} from {now.answers} contact(s): {now.promoters} promoter(s), "
          f"{now.passives} passive(s), {now.detractors} detractor(s).")
    zh = (f"NPS {_signed(now.value)}（{now.answers}位联系人：推荐者{now.promoters}、"
          f"中立者{now.passives}、贬损者{now.detractors}）。")
    if before.value is not None:
        delta = now.value - before.value
        if abs(delta) < 0.5:
            en += f" Unchanged from six months ago ({_signed(before.value)})."
            zh += f"与半年前持平（{_signed(before.value)}）。"
        else:
            en += f" {'Up' if delta > 0 else 'Down'} from {_signed(before.value)} six months ago."
            zh += f"半年前为{_signed(before.value)}，{'上升' if delta > 0 else '下降'}{abs(delta):.0f}。"
    return Component("nps", (now.value + 100) / 2, en, zh)


def compute(f: Facts, today: date) -> Health:
    parts = [_coverage(f), _decision_roles(f), _champions(f), _recency(f, today),
             _visits(f, today), _risks(f), _nps(f, today)]
    used = [c for c in parts if c.score is not None]
    weight = sum(c.weight for c in used)
    score = sum(c.score * c.weight for c in used) / weight if weight else None
    return Health(score, parts)


def gather(db: Database, records: Records, account_id: str, today: date) -> Facts:
    with db.read() as s:
        people = s.scalars(select(Stakeholder).where(
            Stakeholder.account_id == account_id, Stakeholder.deleted.is_(False))).all()
        people_rows = [{"id": p.id, "name": p.name, "importance": p.importance, "closeness": p.closeness,
                        "attitude": p.attitude, "status": p.status} for p in people]
        by_id = {p.id: p for p in people}
        q = (select(DecisionRole).join(Opportunity, Opportunity.id == DecisionRole.opportunity_id)
             .where(Opportunity.account_id == account_id, Opportunity.deleted.is_(False),
                    Opportunity.status == "open", DecisionRole.deleted.is_(False)))
        decision = []
        for r in s.scalars(q):
            p = by_id.get(r.stakeholder_id)
            if p is None or p.status != "active":
                continue
            attitude = r.attitude if r.attitude != "unknown" else p.attitude
            decision.append({"name": p.name, "role": r.role, "attitude": attitude})
        visits = s.scalars(select(Visit.starts_at).where(
            Visit.account_id == account_id, Visit.deleted.is_(False), Visit.status == "done")).all()
        logs = s.scalars(select(ContactLog.contacted_on).where(
            ContactLog.stakeholder_id.in_(list(by_id)), ContactLog.deleted.is_(False))).all()
    visit_dates = [v.date() for v in visits]
    contacts = [d for d in [*visit_dates, *logs] if d <= today]
    open_risks = [r for r in records.list("risk", account_id=account_id) if r["status"] == "open"]
    return Facts(people=people_rows, decision_people=decision,
                 last_contact=max(contacts) if contacts else None, visit_dates=visit_dates,
                 open_risks=open_risks, nps_rows=nps_mod.scores(db, account_id))


def account_health(db: Database, records: Records, account_id: str, today: date) -> Health:
    return compute(gather(db, records, account_id, today), today)
