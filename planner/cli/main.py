"""``planner [--db PATH] COMMAND ...``; with no command, opens the application.

User mistakes print one line on stderr and exit 2; nothing is half-done."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from planner import __version__
from planner.cli import cmd_backup
from planner.cli import cmd_data
from planner.cli import cmd_map
from planner.cli import cmd_records
from planner.cli import cmd_sync
from planner.cli import cmd_search
from planner.cli.context import Context
from planner.services.errors import ServiceError
from planner.store.errors import StoreError

COMMAND_MODULES = (  # one per line: each feature adds its own
    cmd_data,
    cmd_records,
    cmd_backup,
    cmd_sync,
    cmd_map,
    cmd_search,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner", description="Offline key-account planner. With no command, opens the application.")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $PLANNER_DB, else the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from planner.cli.gui import open_application

        return open_application(args.db)
    ctx = Context(args.db)
    try:
        return int(args.func(args, ctx) or 0)
    except (ServiceError, StoreError) as exc:
        print(f"planner: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("planner: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130
    finally:
        ctx.close()
