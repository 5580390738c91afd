"""What the reports show, read once from the database as plain dicts.

:func:`load_plan` gathers an account plan's data, :func:`load_brief` a
visit brief's. Unless ``include_private``, every record goes through
:func:`planner.services.privacy.shared_view` (private notes left out whole,
private visit notes and stakeholder fields removed), so a section cannot
show private data by mistake. Sections read only this data, never the
database. Threading: reads only; safe on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from sqlalchemy import select

from planner.graph.build import load_contacts
from planner.graph.insights import account_insights
from planner.models import (
    Account, ActionItem, Checklist, ChecklistItem, ContactLog, ContactPlan, DecisionRole, Note,
    Opportunity, PropositionDelivery, PropositionTarget, ValueProposition, Visit, VisitAttendee,
)
from planner.services import queries
from planner.services.errors import NotFound
from planner.services.privacy import shared_view
from planner.services.records import as_dict
from planner.store.database import Database

RECENT_DAYS = 365


@dataclass
class PlanData:
    today: date
    include_private: bool
    account: dict[str, Any]
    people: dict[str, dict[str, Any]]            # active stakeholders by id
    departments: dict[str, dict[str, Any]]
    opportunities: list[dict[str, Any]]          # all live ones, newest close first
    selected: list[str]                          # opportunity ids to detail
    insights: dict[str, Any]                     # planner.graph.insights output (open opps)
    chains: dict[str, dict[str, Any]]            # opportunity id -> decision-chain summary
    role_notes: dict[tuple[str, str, str], str]  # (opp, person, role) -> note
    findings: list[dict[str, Any]]
    last_contact: dict[str, date]
    next_visit: dict[str, date]
    cadence: dict[str, int]
    contact_plans: dict[str, dict[str, Any]]     # stakeholder id -> plan
    contact_logs: list[dict[str, Any]]
    propositions: list[dict[str, Any]]           # each with "targets" and "deliveries"
    checklists: dict[str, list[dict[str, Any]]]  # opportunity id -> checklists with "items"
    visits: list[dict[str, Any]]                 # each with "attendees", newest first
    notes: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    extra: dict[str, Any] = field(default_factory=dict)  # for sections added later

    def person_name(self, pid: str | None) -> str:
        return self.people.get(pid or "", {}).get("name", "") if pid else ""


def _filter(kind: str, rows: Iterable[Any], include_private: bool) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        d = as_dict(r)
        if not include_private:
            d = shared_view(kind, d)
            if d is None:
                continue
        out.append(d)
    return out


def _live(s, model, *where):
    return s.scalars(select(model).where(model.deleted.is_(False), *where)).all()


def load_plan(db: Database, account_id: str, opportunity_ids: list[str] | None = None,
              include_private: bool = False, today: date | None = None) -> PlanData:
    today = today or date.today()
    with db.read() as s:
        acc = s.get(Account, account_id)
        if acc is None or acc.deleted:
            raise NotFound(f"no account with id {account_id}")
        account = _filter("account", [acc], include_private)[0]
        opps = _filter("opportunity", _live(s, Opportunity, Opportunity.account_id == account_id),
                       include_private)
    people = {p["id"]: p for p in queries.stakeholders(db, account_id) if p["status"] != "left"}
    if not include_private:
        people = {pid: shared_view("stakeholder", p) | {"department_name": p["department_name"]}
                  for pid, p in people.items()}
    departments = {d["id"]: d for d in queries.departments_of(db, account_id)}
    opps.sort(key=lambda o: (o["status"] != "open", -(o["expected_close"] or date.min).toordinal(),
                             o["name"]))
    opp_ids = [o["id"] for o in opps]
    if opportunity_ids is None:
        selected = [o["id"] for o in opps if o["status"] == "open"]
    else:
        unknown = [i for i in opportunity_ids if i not in opp_ids]
        if unknown:
            raise NotFound(f"no opportunity {unknown[0]} at this account")
        selected = list(dict.fromkeys(opportunity_ids))
    insights = account_insights(db, account_id, today=today)
    chains = {o["id"]: o for o in insights["opportunities"]}
    findings = list(insights["findings"])
    for oid in selected:
        if oid not in chains:  # a closed deal asked for by name: its own analysis
            extra = account_insights(db, account_id, oid, today=today)
            chains[oid] = extra["opportunities"][0]
            findings += [f for f in extra["findings"] if f.get("opportunity_id") == oid]
    last, upcoming, cadence = load_contacts(db, people, today)
    since = today - timedelta(days=RECENT_DAYS)
    with db.read() as s:
        roles = _live(s, DecisionRole, DecisionRole.opportunity_id.in_(opp_ids))
        role_notes = {(r.opportunity_id, r.stakeholder_id, r.role): r.note for r in roles if r.note}
        plans = _filter("contact_plan", _live(s, ContactPlan, ContactPlan.stakeholder_id.in_(people)),
                        include_private)
        logs = _filter("contact_log", _live(s, ContactLog, ContactLog.stakeholder_id.in_(people),
                                            ContactLog.contacted_on >= since), include_private)
        props = _filter("value_proposition", _live(
            s, ValueProposition, (ValueProposition.account_id == account_id)
            | ValueProposition.opportunity_id.in_(opp_ids)), include_private)
        prop_ids = [p["id"] for p in props]
        targets = _filter("proposition_target", _live(
            s, PropositionTarget, PropositionTarget.proposition_id.in_(prop_ids)), include_private)
        deliveries = _filter("proposition_delivery", _live(
            s, PropositionDelivery, PropositionDelivery.proposition_id.in_(prop_ids)), include_private)
        lists = _filter("checklist", _live(s, Checklist, Checklist.opportunity_id.in_(selected)),
                        include_private)
        items = _filter("checklist_item", _live(
            s, ChecklistItem, ChecklistItem.checklist_id.in_([c["id"] for c in lists])), include_private)
        visits = _filter("visit", _live(s, Visit, Visit.account_id == account_id), include_private)
        attendees = _filter("visit_attendee", _live(
            s, VisitAttendee, VisitAttendee.visit_id.in_([v["id"] for v in visits])), include_private)
        notes = _filter("note", _live(s, Note, Note.account_id == account_id), include_private)
        actions = _filter("action_item", _live(s, ActionItem, ActionItem.account_id == account_id),
                          include_private)
    for p in props:
        p["targets"] = [t["stakeholder_id"] for t in targets if t["proposition_id"] == p["id"]]
        p["deliveries"] = sorted((d for d in deliveries if d["proposition_id"] == p["id"]),
                                 key=lambda d: d["delivered_on"])
    checklists: dict[str, list[dict[str, Any]]] = {}
    for c in sorted(lists, key=lambda c: (c["kind"], c["title"])):
        c["items"] = sorted((i for i in items if i["checklist_id"] == c["id"]),
                            key=lambda i: (i["position"], i["label"]))
        checklists.setdefault(c["opportunity_id"], []).append(c)
    by_visit: dict[str, list[dict[str, Any]]] = {}
    for a in attendees:
        by_visit.setdefault(a["visit_id"], []).append(a)
    for v in visits:
        v["attendees"] = by_visit.get(v["id"], [])
    visits.sort(key=lambda v: v["starts_at"], reverse=True)
    notes.sort(key=lambda n: n["title"])
    extra = load_account_rows(db, account_id, ACCOUNT_KINDS, include_private)
    return PlanData(extra=extra, 
        today=today, include_private=include_private, account=account, people=people,
        departments=departments, opportunities=opps, selected=selected, insights=insights,
        chains=chains, role_notes=role_notes, findings=findings, last_contact=last,
        next_visit=upcoming, cadence=cadence,
        contact_plans={p["stakeholder_id"]: p for p in plans}, contact_logs=logs,
        propositions=props, checklists=checklists, visits=visits, notes=notes, actions=actions)


#: account-level kinds loaded into ``PlanData.extra[kind]`` when the model has them
#: (the Plan tab's objectives, SWOT and risks); a new section reads them there
ACCOUNT_KINDS = ("objective", "swot_entry", "risk")


def load_account_rows(db: Database, account_id: str, kinds_: Iterable[str],
                      include_private: bool) -> dict[str, list[dict[str, Any]]]:
    from planner.services import kinds

    out: dict[str, list[dict[str, Any]]] = {}
    with db.read() as s:
        for kind in kinds_:
            model = kinds.MODELS.get(kind)
            if model is not None and "account_id" in model.data_fields():
                out[kind] = _filter(kind, _live(s, model, model.account_id == account_id), include_private)
    return out


def visit_account(db: Database, visit_id: str) -> tuple[str, dict[str, Any]]:
    """(account id, visit) for a live visit."""
    with db.read() as s:
        v = s.get(Visit, visit_id)
        if v is None or v.deleted:
            raise NotFound(f"no visit with id {visit_id}")
        return v.account_id, as_dict(v)


def find_visit(db: Database, key: str) -> str:
    """A visit's id from its id or a unique id prefix (4+ characters)."""
    key = key.strip()
    with db.read() as s:
        ids = s.scalars(select(Visit.id).where(Visit.deleted.is_(False), Visit.id.startswith(key))).all()
    if key in ids:
        return key
    if len(ids) == 1 and len(key) >= 4:
        return ids[0]
    if len(ids) > 1:
        raise NotFound(f"several visits match {key!r}; give more of the id")
    raise NotFound(f"no visit {key!r} (see 'planner list visit')")


def visit_choices(db: Database, account_id: str | None = None) -> list[dict[str, Any]]:
    """Visits for a picker: planned ones first (soonest first), then the
    rest newest first; each {"id", "starts_at", "status", "purpose", "account"}."""
    with db.read() as s:
        q = (select(Visit.id, Visit.starts_at, Visit.status, Visit.purpose, Visit.kind, Account.name)
             .join(Account, Account.id == Visit.account_id)
             .where(Visit.deleted.is_(False), Account.deleted.is_(False)))
        if account_id:
            q = q.where(Visit.account_id == account_id)
        rows = [dict(zip(("id", "starts_at", "status", "purpose", "kind", "account"), r))
                for r in s.execute(q)]
    planned = sorted((r for r in rows if r["status"] == "planned"), key=lambda r: r["starts_at"])
    rest = sorted((r for r in rows if r["status"] != "planned"), key=lambda r: r["starts_at"],
                  reverse=True)
    return planned + rest
