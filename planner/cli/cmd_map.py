"""``map`` (export the stakeholder map) and ``insights`` (what the map implies)."""

from __future__ import annotations

import argparse
from typing import Any

from planner import vocab
from planner.cli.context import Context
from planner.cli.files import writing
from planner.cli.lang import add_lang_option
from planner.cli.output import print_json
from planner.services.lookup import find_account

_SEVERITY = {"en": {"high": "HIGH", "medium": "MED ", "low": "LOW ", "info": "INFO"},
             "zh": {"high": "高", "medium": "中", "low": "低", "info": "提示"}}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="export an account's stakeholder map (PNG, SVG or PDF)",
                       description="Draw the map with stored positions; people without one are "
                                   "laid out as an org chart.")
    p.add_argument("--account", metavar="NAME", required=True, help="account name or id")
    p.add_argument("-o", "--output", metavar="FILE", required=True,
                   help="FILE.png, FILE.svg or FILE.pdf")
    p.add_argument("--opportunity", metavar="ID", help="show this opportunity's buying roles "
                   "(id, id prefix or name)")
    add_lang_option(p, "labels (default: from the account name)")
    p.add_argument("--include-left", action="store_true", help="also draw people who left")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("insights", help="what an account's map implies: influence, decision "
                       "chains, single-threaded risks, overdue contacts")
    p.add_argument("--account", metavar="NAME", required=True, help="account name or id")
    p.add_argument("--opportunity", metavar="ID",
                   help="only this opportunity (default: every open one)")
    p.add_argument("--json", action="store_true", help="everything, as JSON")
    add_lang_option(p, "language of the text", "en")
    p.set_defaults(func=cmd_insights)


def _opportunity(ctx: Context, account_id: str, key: str | None) -> str | None:
    from planner.graph.build import find_opportunity

    return find_opportunity(ctx.db, account_id, key) if key else None


def cmd_map(args: argparse.Namespace, ctx: Context) -> int:
    from planner.graph.render import export_map

    account_id = find_account(ctx.db, args.account)
    opportunity_id = _opportunity(ctx, account_id, args.opportunity)
    with writing(args.output) as path:
        path = export_map(ctx.db, account_id, path, opportunity_id=opportunity_id,
                          lang=args.lang, include_left=args.include_left)
    print(path)
    return 0


def cmd_insights(args: argparse.Namespace, ctx: Context) -> int:
    from planner.graph.insights import account_insights

    account_id = find_account(ctx.db, args.account)
    data = account_insights(ctx.db, account_id, _opportunity(ctx, account_id, args.opportunity))
    if args.json:
        print_json(data)
    else:
        print("\n".join(format_insights(data, args.lang)))
    return 0


def format_insights(data: dict[str, Any], lang: str = "en") -> list[str]:
    """The insights as plain text lines, for people."""
    zh = lang == "zh"
    people = data["people"]

    def name(pid: str) -> str:
        return people.get(pid, {}).get("name", "?")

    out = [f"{data['account']['name']} — {'洞察' if zh else 'insights'} {data['today']}", ""]
    out.append("发现" if zh else "Findings")
    for f in data["findings"]:
        out.append(f"  [{_SEVERITY[lang][f['severity']]}] {f['text_zh' if zh else 'text_en']}")
    if not data["findings"]:
        out.append("  （无）" if zh else "  (none)")
    out += ["", "影响力排名（前10）" if zh else "Influence ranking (top 10)"]
    for r in data["ranking"][:10]:
        title = people[r["id"]]["title"]
        out.append(f"  {r['rank']:>2}. {r['name']}  {title}  "
                   f"{'影响力' if zh else 'influence'} {r['influence']:.3f}  "
                   f"{'中介度' if zh else 'brokerage'} {r['brokerage']:.3f}")
    for o in data["opportunities"]:
        out += ["", f"{'商机' if zh else 'Opportunity'}: {o['name']} "
                    f"({vocab.STAGE.label(o['stage'], lang)})"]
        for role in o["roles"]:
            label = vocab.BUYING_ROLE.label(role["role"], lang)
            if not role["holders"]:
                out.append(f"  {label:<12} {'—（空缺）' if zh else '— uncovered'}")
            for h in role["holders"]:
                seen = h["last_contact"] or ("从未联系" if zh else "never")
                unsure = ("，未确认" if zh else ", unconfirmed") if h["confidence"] == "unconfirmed" else ""
                out.append(f"  {label:<12} {name(h['id'])} ({vocab.ATTITUDE.label(h['attitude'], lang)}"
                           f"{unsure}; {'最近联系' if zh else 'last contact'} {seen})")
    return out
