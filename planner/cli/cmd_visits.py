"""``thisweek`` (who is due, follow-ups due, moments) and ``timeline``
(an account's, an opportunity's or a person's visits, notes and contacts)."""

from __future__ import annotations

import argparse
from datetime import date

from planner.cli.context import Context
from planner.cli.output import print_json, print_table
from planner.services.errors import ValidationError
from planner.services.lookup import find_account
from planner.text.dates import parse_date_arg


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("thisweek", help="overdue contacts, contacts due soon, follow-ups due, moments")
    p.add_argument("--date", type=parse_date_arg, default=None, help="as on this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_thisweek)
    p = sub.add_parser("timeline", help="visits, notes, contacts and deliveries, newest first")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--person", metavar="NAME_OR_ID")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_timeline)


def cmd_thisweek(args: argparse.Namespace, ctx: Context) -> int:
    from planner.contacts.this_week import this_week

    week = this_week(ctx.db, args.date or date.today())

    def person(s, status):
        return {"status": status, "person": s.name, "account": s.account_name, "id": s.stakeholder_id,
                "cadence_days": s.cadence_days, "last_contact": s.last_contact, "due": s.due_on(week.today)}
    contacts = [person(s, "overdue") for s in week.overdue] + [person(s, "soon") for s in week.due_soon]
    actions = [{"action": a.title, "account": a.account_name, "owner": a.owner, "due": a.due_date, "id": a.id}
               for a in week.actions]
    moments = [{"moment": m.label("en"), "on": m.on} for m in week.moments]
    if args.json:
        print_json({"date": week.today, "contacts": contacts, "actions": actions, "moments": moments})
        return 0
    for title, rows, cols in (("Contacts", contacts, ["status", "due", "person", "account", "cadence_days", "last_contact"]),
                              ("Follow-up actions", actions, ["due", "action", "owner", "account"]),
                              ("Moments", moments, ["on", "moment"])):
        print(f"{title} ({len(rows)})")
        if rows:
            print_table(rows, cols)
        print()
    return 0


def cmd_timeline(args: argparse.Namespace, ctx: Context) -> int:
    from planner.visits.timeline import timeline

    account_id = find_account(ctx.db, args.account)
    person = None
    if args.person:
        people = [p for p in ctx.records.list("stakeholder", account_id=account_id)
                  if args.person in (p["id"], p["name"])]
        if len(people) != 1:
            raise ValidationError(f"no single person {args.person!r} at that account")
        person = people[0]["id"]
    entries = timeline(ctx.db, account_id=account_id, stakeholder_id=person, limit=args.limit)
    rows = [{"when": e.when, "kind": e.kind, "title": e.title.splitlines()[0] if e.title else "",
             "status": e.status, "id": e.id} for e in entries]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["when", "kind", "status", "title"])
    return 0
