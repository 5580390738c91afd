"""``list``, ``add``, ``set``, ``rm``: a scripting surface over the services."""

from __future__ import annotations

import argparse

from planner.cli.context import Context
from planner.cli.output import print_json, print_table
from planner.services import kinds, values
from planner.services.errors import ValidationError
from planner.services.lookup import find_account

_SUMMARY = {
    "account": ["id", "name", "tier", "industry", "region"],
    "stakeholder": ["id", "name", "title", "attitude", "importance"],
    "opportunity": ["id", "name", "stage", "status", "value"],
    "visit": ["id", "starts_at", "kind", "status", "place"],
    "action_item": ["id", "title", "owner", "due_date", "done"],
    "note": ["id", "title", "private"],
    "relationship": ["id", "kind", "source_id", "target_id", "strength"],
    "department": ["id", "name", "parent_id"],
}


def register(sub: argparse._SubParsersAction) -> None:
    kinds_help = ", ".join(sorted(kinds.MODELS))
    p = sub.add_parser("list", help="list records of a kind", description=f"KIND: {kinds_help}")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--account", metavar="NAME", help="only records of this account")
    p.add_argument("--json", action="store_true", help="all fields, as JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("add", help="add a record; prints its id",
                       description=f"KIND: {kinds_help}. Use account=NAME for the account.")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("fields", nargs="*", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("set", help="change fields of a record")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("id", metavar="ID")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_set)

    p = sub.add_parser("merge-accounts", help="merge a duplicate account into the one to keep")
    p.add_argument("keep", metavar="KEEP", help="name or id of the account to keep")
    p.add_argument("duplicate", metavar="DUPLICATE", help="name or id of the duplicate")
    p.set_defaults(func=cmd_merge_accounts)

    p = sub.add_parser("rm", help="delete a record (and what hangs on it)")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=cmd_rm)


def parse_fields(ctx: Context, kind: str, pairs: list[str]) -> dict:
    out = {}
    for pair in pairs:
        field, sep, text = pair.partition("=")
        if not sep or not field:
            raise ValidationError(f"expected FIELD=VALUE, got {pair!r}")
        if field == "account" and "account_id" in kinds.model_for(kind).data_fields():
            out["account_id"] = find_account(ctx.db, text)
            continue
        out[field] = values.parse(kind, field, text)
    return out


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    model = kinds.model_for(args.kind)
    where = {}
    if args.account:
        if args.kind == "account":
            where["id"] = find_account(ctx.db, args.account)
        elif "account_id" in model.data_fields():
            where["account_id"] = find_account(ctx.db, args.account)
        else:
            raise ValidationError(f"{args.kind} records are not listed by account")
    found = ctx.records.list(args.kind, **{k: v for k, v in where.items() if k != "id"})
    if "id" in where:
        found = [r for r in found if r["id"] == where["id"]]
    if args.json:
        print_json(found)
    else:
        columns = _SUMMARY.get(args.kind, ["id", *model.data_fields()[:4]])
        print_table(found, columns)
    return 0


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    new_id, _ = ctx.records.create(args.kind, parse_fields(ctx, args.kind, args.fields))
    print(new_id)
    return 0


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    changes = ctx.records.update(args.kind, args.id, parse_fields(ctx, args.kind, args.fields))
    if not changes:
        print("nothing changed")
    return 0


def cmd_rm(args: argparse.Namespace, ctx: Context) -> int:
    changes = ctx.records.delete(args.kind, args.id)
    n = sum(len(v) for v in changes.deleted.values())
    print(f"deleted {n} record{'s' if n != 1 else ''}")
    return 0


def cmd_merge_accounts(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.account_merge import merge_accounts

    keep, dup = find_account(ctx.db, args.keep), find_account(ctx.db, args.duplicate)
    changes = merge_accounts(ctx.records, keep, dup)
    moved = sum(len(ids) for kind, ids in changes.updated.items() if kind != "account")
    print(f"merged: {moved} records moved to {args.keep}; the duplicate now points to it")
    return 0
