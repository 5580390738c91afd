"""``planner [--db PATH] COMMAND ...``; with no command, opens the application.

User mistakes print one line on stderr and exit 2; nothing is half-done."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from planner import __version__

#: the command modules, one per line: each feature adds its own (imported
#: only when a command is given, so the bare window starts sooner)
COMMAND_MODULES = (
    "cmd_data",
    "cmd_records",
    "cmd_backup",
    "cmd_sync",
    "cmd_map",
    "cmd_reports",
    "cmd_deals",
    "cmd_import",
    "cmd_visits",
    "cmd_search",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner", description="Offline key-account planner. With no command, opens the application.")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $PLANNER_DB, else the user data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"planner.cli.{name}").register(sub)
    return parser


def _window_only(argv: list[str]) -> tuple[bool, str | None]:
    """Whether the arguments only ask for the window (nothing, or --db
    PATH), and the path: then the window starts without importing the
    command modules and the data model first, so it paints sooner."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return True, argv[0][5:]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    window, db = _window_only(list(sys.argv[1:] if argv is None else argv))
    if window:
        from planner.cli.gui import open_application

        return open_application(db)
    from planner.cli.context import Context
    from planner.services.errors import ServiceError
    from planner.store.errors import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from planner.cli.gui import open_application

        return open_application(args.db)
    ctx = Context(args.db)
    try:
        code = int(args.func(args, ctx) or 0)
        if code == 0:
            ctx.note_created()
        return code
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
