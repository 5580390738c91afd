"""Demo account 2: a smaller English-language account, Northwind Hospital
Group (UK). Eight people in three departments, one opportunity with a short
decision chain (the CFO approver is a sceptic), a few visits, a value
proposition and follow-up actions."""

from __future__ import annotations

from datetime import timedelta

from planner.demo.common import Builder

PREFIX = "northwind"
OUR_ROLES = {"Emma Clarke": "Account manager", "Raj Mehta": "Solutions engineer"}
ACCOUNT_KEY = "main"

ACCOUNT = {
    "name": "Northwind Hospital Group", "tier": "A", "industry": "Healthcare",
    "region": "UK", "revenue_potential": 1_200_000.0, "current_business": 180_000.0,
    "currency": "GBP", "status": "active", "owner": "Emma Clarke", "is_demo": True,
    "summary": ("Three acute hospitals in the North West. We maintain the power monitoring at "
                "the Riverside site. After a plant failure closed two theatres for a day, Estates "
                "want condition monitoring of critical power and HVAC across all three sites. "
                "Finance is under pressure to avoid capital spend: an opex model may decide it."),
}

DEPARTMENTS = (
    ("board", "Executive Board", None),
    ("estates", "Estates & Facilities", "board"),
    ("finance", "Finance & Procurement", "board"),
)

# key, name, title, department, importance, closeness, interaction, attitude,
# executive concern ("" = not an executive), metrics, criteria, personal wins
PEOPLE = (
    ("whitfield", "Sarah Whitfield", "Chief Executive", "board", 4, 1, "none", "unknown",
     "financial_sustainability", "Financial recovery plan, CQC rating", "", ""),
    ("okafor", "David Okafor", "Chief Financial Officer", "board", 5, 2, "occasional", "sceptic",
     "financial_sustainability", "Capital budget within the ICS envelope, cost improvement plan",
     "No new capital commitments; wants predictable revenue costs", ""),
    ("marsh", "Helen Marsh", "Chief Operating Officer", "board", 5, 3, "regular", "supporter",
     "business_flexibility", "Elective recovery, theatre utilisation",
     "Anything that keeps theatres open; quick to deploy", "Seen as the one who fixed theatre downtime"),
    ("patel", "James Patel", "Director of Estates & Facilities", "estates", 4, 4, "frequent", "champion",
     "", "Estates backlog maintenance, critical infrastructure risk", "Proven in other NHS trusts; "
     "vendor support on site", "Wants a board-level win after the outage"),
    ("reilly", "Tom Reilly", "Head of Engineering", "estates", 3, 3, "regular", "supporter",
     "", "Planned preventive maintenance completion", "Easy for his small team to use", ""),
    ("shah", "Priya Shah", "Authorised Engineer (Electrical)", "estates", 3, 2, "occasional", "neutral",
     "", "HTM 06-01 compliance", "Standards compliance, resilience evidence", ""),
    ("evans", "Mark Evans", "Head of Procurement", "finance", 3, 2, "occasional", "neutral",
     "", "Savings against framework prices", "Compliant route to market, framework call-off", ""),
    ("grant", "Lucy Grant", "Procurement Officer", "finance", 2, 1, "none", "unknown",
     "", "", "", ""),
)

REPORTS = (("okafor", "whitfield"), ("marsh", "whitfield"), ("patel", "marsh"),
           ("reilly", "patel"), ("shah", "reilly"), ("evans", "okafor"), ("grant", "evans"))
# source influences target: strength, confidence, note
INFLUENCES = (
    ("shah", "marsh", 4, "likely", "The COO relies on her sign-off since the theatre outage"),
    ("patel", "marsh", 4, "confirmed", ""),
    ("okafor", "whitfield", 4, "likely", "The CEO will not overrule Finance this year"),
    ("reilly", "evans", 2, "unconfirmed", "Ex-colleagues at the previous trust"),
)

OPPORTUNITY = {
    "name": "Critical power & HVAC monitoring, three sites", "stage": "qualified",
    "value": 640_000.0, "currency": "GBP", "purchase_type": "new", "status": "open",
    "procurement_method": "private_rfp", "competitors": "Schneider Electric, Siemens",
    "owner": "Emma Clarke",
    "description": "Condition monitoring of critical power (UPS, generators, IPS) and theatre "
                   "HVAC at Riverside, Northgate and St Anne's. RFP expected via a framework mini-competition.",
}
ROLES = (
    ("patel", "initiator", "champion", "confirmed"), ("reilly", "user", "supporter", "likely"),
    ("shah", "influencer", "neutral", "unconfirmed"), ("marsh", "decider", "supporter", "likely"),
    ("okafor", "approver", "sceptic", "likely"), ("evans", "buyer", "neutral", "confirmed"),
)

# key, day offset, start, hours, kind, status, place, their people, our people,
# purpose, (real need, status, roles, presented, feedback, next steps), notes
VISITS = (
    ("e1", -150, "10:00", 1.5, "meeting", "done", "Riverside, Estates office", "patel reilly", "Emma Clarke",
     "Review the theatre outage and the estates risk register",
     ("Keep theatres open: avoid another unplanned closure.", "Idea stage; no budget yet.",
      "James owns the problem; Tom runs the engineering team.", "Our Riverside power monitoring results.",
      "James wants all three sites covered.", "Site survey at Northgate; intro to the COO."),
     "James was candid about the outage: the board asked him for a plan within six months."),
    ("e2", -96, "09:00", 3, "demo", "done", "Northgate plant room", "reilly shah", "Emma Clarke, Raj Mehta",
     "Site survey and live demo on the Riverside data",
     ("Tom's team is three engineers short; alerts must be few and right.", "Business case being drafted.",
      "Priya will have to sign off any change to critical power.", "Alarm triage and HTM 06-01 reports.",
      "Priya asked for the resilience evidence format; Tom liked the mobile alerts.",
      "Send sample compliance report to Priya."),
     "Priya is more influential than her title suggests."),
    ("e3", -61, "14:00", 1, "meeting", "done", "Board office", "marsh patel", "Emma Clarke",
     "Business case with the COO",
     ("Elective recovery targets: theatre downtime is the COO's problem.", "Business case to go to the board.",
      "Helen decides; David will have to approve the money.", "'Zero unplanned theatre closures' proposition.",
      "Helen supportive; warned that Finance will push back on capital.", "Prepare an opex option."),
     "Helen asked for a one-page summary she can take to the board."),
    ("e4", -24, "11:00", 1, "meeting", "done", "Finance office", "okafor evans", "Emma Clarke",
     "Commercial options with Finance and Procurement",
     ("No capital this year; revenue costs must be predictable.", "Board approval pending Finance view.",
      "David approves; Mark runs the route to market.", "Subscription model over five years.",
      "David unconvinced about the savings; Mark prefers a framework call-off.",
      "Send the framework lot reference and a savings breakdown."),
     "David kept asking 'what if we do nothing for a year?'. We need numbers on the risk cost."),
    ("e5", 12, "10:00", 1, "meeting", "planned", "Procurement office", "evans grant", "Emma Clarke",
     "Agree the RFP timetable and the evaluation criteria",
     None, ""),
)
QUESTIONS = {"e5": "1. Which framework lot?\n2. Quality/price split?\n3. Who sits on the evaluation panel?"}

PROPOSITIONS = (
    ("theatres", "Zero unplanned theatre closures from plant failure",
     "Condition monitoring found 4 early faults at Riverside last year; each would have closed theatres.",
     ("marsh", "patel"), (("marsh", "e3", "meeting", "positive"), ("patel", "e1", "meeting", "positive"))),
    ("opex", "No capital bid: a five-year subscription",
     "Fixed monthly fee including sensors, software and support; no capital line in this year's plan.",
     ("okafor",), (("okafor", "e4", "meeting", "neutral"),)),
)

# key, visit, stakeholder, title, owner, due offset, done offset or None
ACTIONS = (
    ("x1", "e2", "shah", "Send sample HTM 06-01 compliance report to Priya", "Raj Mehta", -85, -88),
    ("x2", "e3", "marsh", "One-page board summary for Helen", "Emma Clarke", -50, -52),
    ("x3", "e4", "okafor", "Savings breakdown including risk cost of an outage", "Emma Clarke", -10, None),
    ("x4", "e4", "evans", "Send framework lot reference to Mark", "Emma Clarke", 3, None),
)

NOTES = (
    ("outage", "Theatre outage, {EM:-160}", "A chiller failure at Riverside closed two theatres for a day. "
     "The board asked Estates for a plan; the budget pressure makes an opex model likely."),
)


def add(b: Builder) -> str:
    account = b.add("account", ACCOUNT_KEY, ACCOUNT)
    for key, name, parent in DEPARTMENTS:
        b.add("department", key, {"account_id": account, "name": name,
                                  "parent_id": b.id("department", parent) if parent else None})
    sh = lambda k: b.id("stakeholder", k)  # noqa: E731
    for n, (key, name, title, dept, imp, close, inter, att, concern, metrics, criteria, wins) in enumerate(PEOPLE):
        b.add("stakeholder", key, {
            "account_id": account, "department_id": b.id("department", dept), "name": name,
            "title": title, "email": name.lower().replace(" ", ".") + "@northwind-hospitals.example",
            "phone": f"+44 161 496 0{n:03d}", "is_executive": bool(concern), "owner": "Emma Clarke",
            "importance": imp, "closeness": close, "interaction": inter, "attitude": att,
            "executive_concern": concern, "business_metrics": metrics,
            "decision_criteria": criteria, "personal_wins": wins})
    for src, tgt in REPORTS:
        b.add("relationship", f"reports:{src}:{tgt}", {"account_id": account, "source_id": sh(src),
              "target_id": sh(tgt), "kind": "reports_to", "confidence": "confirmed"})
    for src, tgt, strength, confidence, note in INFLUENCES:
        b.add("relationship", f"influences:{src}:{tgt}", {
            "account_id": account, "source_id": sh(src), "target_id": sh(tgt), "kind": "influences",
            "strength": strength, "confidence": confidence, "note": note})
    opp = b.add("opportunity", "monitoring", dict(OPPORTUNITY, account_id=account,
                                                  expected_close=b.day(120)))
    for who, role, attitude, confidence in ROLES:
        b.add("decision_role", f"monitoring:{who}:{role}", {
            "opportunity_id": opp, "stakeholder_id": sh(who), "role": role,
            "attitude": attitude, "confidence": confidence})
    for key, offset, start, hours, kind, status, place, theirs, ours, purpose, outcomes, notes in VISITS:
        starts = b.at(offset, start)
        values = {"account_id": account, "opportunity_id": opp, "starts_at": starts,
                  "ends_at": starts + timedelta(hours=hours), "place": place, "kind": kind,
                  "status": status, "purpose": purpose, "questions": QUESTIONS.get(key, ""),
                  "notes": notes}
        if outcomes:
            values.update(zip(("outcome_real_need", "outcome_project_status", "outcome_roles",
                               "outcome_presented", "outcome_feedback", "outcome_next_steps"), outcomes))
        visit = b.add("visit", key, values)
        for who in theirs.split():
            b.add("visit_attendee", f"{key}:{who}", {"visit_id": visit, "stakeholder_id": sh(who)})
        for name in ours.split(", "):
            b.add("visit_attendee", f"{key}:our:{name}", {
                "visit_id": visit, "our_person": name, "role": OUR_ROLES[name]})
    for key, title, text, targets, deliveries in PROPOSITIONS:
        vp = b.add("value_proposition", key, {"account_id": account, "opportunity_id": opp,
                                              "title": title, "text": text})
        for who in targets:
            b.add("proposition_target", f"{key}:{who}", {"proposition_id": vp, "stakeholder_id": sh(who)})
        for who, visit, channel, reaction in deliveries:
            offset = next(v[1] for v in VISITS if v[0] == visit)
            b.add("proposition_delivery", f"{key}:{who}:{visit}", {
                "proposition_id": vp, "stakeholder_id": sh(who), "visit_id": b.id("visit", visit),
                "delivered_on": b.workday(offset), "channel": channel, "reaction": reaction})
    for key, visit, who, title, owner, due, done in ACTIONS:
        b.add("action_item", key, {
            "account_id": account, "opportunity_id": opp, "visit_id": b.id("visit", visit),
            "stakeholder_id": sh(who), "title": title, "owner": owner, "due_date": b.day(due),
            "done": done is not None, "done_on": b.day(done) if done is not None else None,
            "source": "visit"})
    for key, title, body in NOTES:
        b.add("note", key, {"account_id": account, "title": title, "body": body})
    for who, cadence in (("patel", 21), ("marsh", 45), ("okafor", 60)):
        b.add("contact_plan", who, {"stakeholder_id": sh(who), "cadence_days": cadence})
    return account
