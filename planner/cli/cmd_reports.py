"""``export-pdf`` (the account plan) and ``brief`` (a pre-visit brief)."""

from __future__ import annotations

import argparse

from planner.cli.context import Context
from planner.cli.files import writing
from planner.cli.lang import add_lang_option
from planner.services.lookup import find_account


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-pdf", help="write an account plan as PDF",
                       description="Cover, summary, stakeholder map, people, opportunities, contact "
                                   "plan, visits, actions and charts. Private data is left out unless "
                                   "--include-private.")
    p.add_argument("--account", metavar="NAME", required=True, help="account name or id")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    add_lang_option(p, "language (default: from the account name)")
    p.add_argument("--opportunity", metavar="ID", action="append",
                   help="detail this opportunity (id, id prefix or name; repeatable; "
                        "default: every open one)")
    p.add_argument("--include-private", action="store_true",
                   help="include private notes and fields (every page is marked)")
    p.set_defaults(func=cmd_export_pdf)

    p = sub.add_parser("brief", help="write a pre-visit brief as PDF",
                       description="Attendees with roles, attitude and what they care about, last "
                                   "interactions, propositions to deliver, questions, open actions.")
    p.add_argument("--visit", metavar="ID", required=True, help="visit id or id prefix")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    add_lang_option(p, "language (default: from the account name)")
    p.add_argument("--include-private", action="store_true", help="include private notes and fields")
    p.set_defaults(func=cmd_brief)


def cmd_export_pdf(args: argparse.Namespace, ctx: Context) -> int:
    from planner.graph.build import find_opportunity
    from planner.reports.plan import export_account_plan

    account_id = find_account(ctx.db, args.account)
    opps = [find_opportunity(ctx.db, account_id, k) for k in args.opportunity] if args.opportunity else None
    with writing(args.output) as path:
        export_account_plan(ctx.db, account_id, path, lang=args.lang, opportunity_ids=opps,
                            include_private=args.include_private)
    print(args.output)
    return 0


def cmd_brief(args: argparse.Namespace, ctx: Context) -> int:
    from planner.reports.brief import export_brief
    from planner.reports.data import find_visit

    visit_id = find_visit(ctx.db, args.visit)
    with writing(args.output) as path:
        export_brief(ctx.db, visit_id, path, lang=args.lang, include_private=args.include_private)
    print(args.output)
    return 0
