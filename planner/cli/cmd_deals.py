"""``tender simulate`` (the scoring simulator on a JSON file or a stored
simulation), ``tender templates`` and ``readiness`` (bid / no-bid summary)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from planner.cli.context import Context
from planner.cli.lang import add_lang_option
from planner.cli.output import print_json
from planner.services.errors import ValidationError
from planner.services.lookup import find_account


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tender", help="tender rules: scoring simulator and checklist templates")
    tsub = p.add_subparsers(dest="tender_command", metavar="WHAT", required=True)
    s = tsub.add_parser("simulate", help="predicted ranking and the price or score we need to win",
                        description="Inputs: a JSON file with the fields of a tender_simulation record "
                                    "(price_rule, technical_weight, commercial_weight, price_weight, "
                                    "parameters, bidders: [{name, us, technical, commercial, price}]), "
                                    "or a stored simulation's id. Prices may be numbers or text such as "
                                    "\"3400万\" or \"3,400,000\"; null = not known yet. Exit status 1 "
                                    "when there is no verdict (the reason is printed and in \"problem\").")
    src = s.add_mutually_exclusive_group(required=True)
    src.add_argument("--json", metavar="FILE", help="the inputs as JSON")
    src.add_argument("--simulation", metavar="ID", help="a stored tender_simulation")
    s.add_argument("--chart", metavar="FILE.png", help="also draw the chart")
    add_lang_option(s, "language of the text", "en")
    s.set_defaults(func=cmd_simulate)
    t = tsub.add_parser("templates", help="the checklist templates (shipped and saved)")
    t.set_defaults(func=cmd_templates)

    r = sub.add_parser("readiness", help="bid / no-bid readiness of an opportunity, item by item")
    r.add_argument("--account", metavar="NAME", required=True, help="account name or id")
    r.add_argument("--opportunity", metavar="ID", required=True, help="id, id prefix or name")
    r.add_argument("--json", action="store_true")
    add_lang_option(r, "language of the text", "en")
    r.set_defaults(func=cmd_readiness)


def cmd_simulate(args: argparse.Namespace, ctx: Context) -> int:
    from planner.deals.tender import simulation
    from planner.deals.tender.scoring import PRICE_RULES

    if args.json:
        try:
            sim = json.loads(Path(args.json).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValidationError(f"cannot read {args.json}: {exc}") from None
        sim = {"price_rule": "lowest_benchmark", "technical_weight": 60.0, "commercial_weight": 10.0,
               "price_weight": 30.0, "parameters": {}} | sim
        if sim["price_rule"] not in PRICE_RULES:
            raise ValidationError(f"price_rule must be one of {', '.join(PRICE_RULES)}")
    else:
        sim = ctx.records.get("tender_simulation", args.simulation)
    result = simulation.run(sim)
    if args.chart:
        from planner.deals.tender.chart import png

        Path(args.chart).write_bytes(png(sim, result, args.lang))
    print_json(result)
    if result["problem"]:  # no verdict: wrong inputs or prices not entered yet
        en, zh = result["problem"]
        print(zh if args.lang.startswith("zh") else en, file=sys.stderr)
        return 1
    return 0


def cmd_templates(args: argparse.Namespace, ctx: Context) -> int:
    from planner.deals.tender.templates import templates

    for t in templates(ctx.db):
        print(f"{t['id']}\t{t['name_en']}\t{t['name_zh']}\t{len(t['items'])} items")
    return 0


def cmd_readiness(args: argparse.Namespace, ctx: Context) -> int:
    from planner.deals.readiness import readiness
    from planner.graph.build import find_opportunity

    account_id = find_account(ctx.db, args.account)
    result = readiness(ctx.db, find_opportunity(ctx.db, account_id, args.opportunity))
    if args.json:
        print_json(result)
        return 0
    key = "text_zh" if args.lang == "zh" else "text_en"
    mark = {"ok": "✓", "warn": "!", "gap": "✗"}
    print(f"{result['score']}/100  {result[key]}")
    for item in result["items"]:
        print(f" {mark[item['status']]} {item[key]}")
    return 0
