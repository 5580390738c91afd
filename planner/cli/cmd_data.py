"""``demo``, ``dump`` and ``check``."""

from __future__ import annotations

import argparse
import sys

from planner.cli.context import Context
from planner.services.check import check_database
from planner.services.dump import dump_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="add the demo accounts (unless already there)")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("dump", help="the whole database as deterministic JSON")
    p.add_argument("--shared", action="store_true",
                   help="only what a teammate would receive (no private data)")
    p.set_defaults(func=cmd_dump)
    p = sub.add_parser("check", help="check the database's integrity and invariants")
    p.set_defaults(func=cmd_check)


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from planner.demo import add_demo

    added = add_demo(ctx.records)
    print("demo accounts added" if added else "demo accounts already present")
    return 0


def cmd_dump(args: argparse.Namespace, ctx: Context) -> int:
    sys.stdout.write(dump_json(ctx.db, shared=args.shared) + "\n")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    problems = check_database(ctx.db)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found", file=sys.stderr)
        return 1
    print(f"{ctx.db_path}: ok")
    return 0
