"""``import`` (contacts and org charts from CSV, Excel or vCard) and
``export-contacts`` (an account's people to CSV or vCard)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from planner.cli.context import Context
from planner.cli.files import writing
from planner.cli.lang import add_lang_option
from planner.cli.output import print_json
from planner.services.lookup import find_account


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import contacts and reporting lines from CSV, Excel (.xlsx) or vCard (.vcf)",
        description="Shows what it will create, update and skip (with line numbers), then writes "
                    "everything in one transaction. Known headers (Name/姓名, Title/职务, "
                    "Department/部门, Mobile/手机, E-mail/邮箱, Reports to/上级, Company/公司, "
                    "Salesforce and Outlook exports) need no mapping.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--account", metavar="NAME",
                   help="account for rows that name none (created when it does not exist)")
    p.add_argument("--mapping", metavar="MAPPING.json", help="which column holds what (see README)")
    p.add_argument("--dry-run", action="store_true", help="only show the plan; write nothing")
    p.add_argument("--json", action="store_true", help="the plan and the result as JSON")
    add_lang_option(p, "language of the messages", "en")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-contacts", help="write an account's people to CSV or vCard 4.0",
                       description="CSV is UTF-8 with a BOM (Excel shows Chinese right); "
                                   "private fields are left out.")
    p.add_argument("--account", metavar="NAME", required=True, help="account name or id")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.csv or FILE.vcf")
    p.add_argument("--include-left", action="store_true", help="also people who left")
    p.set_defaults(func=cmd_export)


def plan_json(plan, lang: str = "en") -> dict[str, Any]:
    return {
        "file": plan.source, "summary": plan.summary(),
        "new_accounts": plan.new_accounts,
        "new_departments": [{"account": a, "department": d} for a, d in plan.new_departments],
        "rows": [{"line": r.line, "action": r.action, "name": r.name, "account": r.account,
                  "match_id": r.match_id, "fields": r.fields, "department": r.department,
                  "manager": r.manager, "message": r.messages(lang)} for r in plan.rows],
    }


def _print_plan(plan, lang: str) -> None:
    from planner.importers.wording import action_label

    for r in plan.rows:
        msg = r.messages(lang)
        print(f"{'行' if lang == 'zh' else 'line'} {r.line:>4}  {action_label(r.action, lang):<9} "
              f"{r.name or '—'}{'  · ' + msg if msg else ''}")
    s = plan.summary()
    if lang == "zh":
        print(f"新建 {s['create']} 人，更新 {s['update']} 人，无变化 {s['unchanged']} 人，跳过 {s['skip']} 行；"
              f"新客户 {s['accounts']} 个，新部门 {s['departments']} 个，上下级关系 {s['lines']} 条")
    else:
        print(f"{s['create']} to create, {s['update']} to update, {s['unchanged']} unchanged, "
              f"{s['skip']} skipped; {s['accounts']} new accounts, {s['departments']} new departments, "
              f"{s['lines']} reporting lines")


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from planner.importers import ImportFileError
    from planner.importers.apply import ImportFailed

    try:
        return _import(args, ctx)
    except (ImportFileError, ImportFailed) as exc:
        if args.lang != "zh":
            raise
        print(f"planner: {exc.text('zh')}", file=sys.stderr)
        return 2


def _import(args: argparse.Namespace, ctx: Context) -> int:
    from planner.importers import read_source
    from planner.importers.apply import apply_plan
    from planner.importers.mapping import Mapping, load_mapping
    from planner.importers.plan import build_plan

    table = read_source(args.file)
    mapping = load_mapping(args.mapping) if args.mapping else Mapping()
    plan = build_plan(ctx.db, table, mapping, args.account or "")
    out: dict[str, Any] = plan_json(plan, args.lang)
    if not args.json:
        _print_plan(plan, args.lang)
    if args.dry_run:
        if args.json:
            print_json(out | {"written": False})
        else:
            print("（试运行：未写入）" if args.lang == "zh" else "(dry run: nothing written)")
        return 0
    result = apply_plan(ctx.records, plan)
    if args.json:
        print_json(out | {"written": True, "result": result.summary()})
    else:
        r = result.summary()
        print(f"已导入：新建 {r['created']} 人，更新 {r['updated']} 人，{r['lines']} 条上下级关系"
              if args.lang == "zh" else
              f"imported: {r['created']} created, {r['updated']} updated, {r['lines']} reporting lines")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from planner.importers.export import export_contacts

    account_id = find_account(ctx.db, args.account)
    with writing(args.output) as path:
        n = export_contacts(ctx.db, account_id, path, args.include_left)
    print(f"wrote {n} {'person' if n == 1 else 'people'} to {args.output}")
    return 0
