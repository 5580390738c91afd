"""``backup``, ``backups`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.context import Context
from planner.store import backup
from planner.store.paths import backup_dir


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="take a backup now (keeps the last 10)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("backups", help="list the backups")
    p.set_defaults(func=cmd_backups)
    p = sub.add_parser("restore", help="replace the database with a backup (the current one is backed up first)")
    p.add_argument("file", metavar="BACKUP")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    ctx.db  # open (and migrate) first, so a broken file is refused
    print(backup.make_backup(ctx.db_path, backup_dir(ctx.db_path)))
    return 0


def cmd_backups(args: argparse.Namespace, ctx: Context) -> int:
    for path in backup.list_backups(backup_dir(ctx.db_path)):
        print(path)
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    safety = backup.restore(Path(args.file), ctx.db_path, backup_dir(ctx.db_path))
    if safety:
        print(f"the previous database was saved as {safety}")
    print(f"restored {args.file}")
    return 0
