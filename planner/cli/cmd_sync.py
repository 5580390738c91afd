"""``sync export|import|status`` and ``conflicts [resolve]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import func, select

from planner.cli.context import Context
from planner.cli.output import print_json, print_table
from planner.models import Conflict, SyncBundle, SyncPeer
from planner.services.clock import device_id
from planner.services.errors import ServiceError, ValidationError
from planner.services.lookup import find_account
from planner.sync.conflicts import list_conflicts, resolve
from planner.sync.errors import BundleError
from planner.sync.export import export_bundle
from planner.sync.names import known_names, own_name, set_own_name, who
from planner.sync.state import knowledge
from planner.sync.service import import_file


class SyncError(ServiceError):
    pass


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="exchange data with teammates by file")
    ssub = sync.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)
    p = ssub.add_parser("export", help="write a bundle for teammates")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--account", action="append", metavar="NAME", help="only this account (repeatable)")
    p.add_argument("--full", action="store_true", help="everything, not only what teammates lack")
    p.add_argument("--passphrase-file", metavar="F", help="encrypt with the team passphrase in F")
    p.set_defaults(func=cmd_export)
    p = ssub.add_parser("import", help="verify a bundle, then merge it in one transaction")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = ssub.add_parser("status", help="this device, teammates' devices, bundles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)
    p = ssub.add_parser("name", help="show or set your name, as teammates see it in their lists")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.set_defaults(func=cmd_name)

    p = sub.add_parser("conflicts", help="values that lost a merge; resolve them")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    csub = p.add_subparsers(dest="conflict_command", metavar="COMMAND")
    r = csub.add_parser("resolve", help="keep one side of a conflict")
    r.add_argument("id", type=int)
    r.add_argument("--keep", choices=("mine", "theirs"), required=True)
    r.set_defaults(func=cmd_resolve)
    p.set_defaults(func=cmd_conflicts)


def _passphrase(path: str | None) -> str | None:
    if not path:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise SyncError(f"cannot read the passphrase file {path}: {exc.strerror or exc}") from None
    if not text:
        raise SyncError(f"the passphrase file {path} is empty")
    return text


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    accounts = {find_account(ctx.db, a) for a in args.account} if args.account else None
    try:
        report = export_bundle(ctx.db, Path(args.output), accounts, args.full, _passphrase(args.passphrase_file))
    except BundleError as exc:
        raise SyncError(str(exc)) from None
    kind = "full" if report.full else "delta"
    print(f"wrote {report.path}: {kind} bundle, {report.records} records, {report.fields} fields"
          f"{', encrypted' if report.encrypted else ''}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    try:
        report = import_file(ctx.db, Path(args.file), _passphrase(args.passphrase_file), args.dry_run)
    except BundleError as exc:
        raise SyncError(f"{args.file}: {exc}. Nothing was imported.") from None
    if args.json:
        print_json(report.as_json())
        return 0
    if report.already_imported:
        print(f"bundle {report.bundle_id} was already imported; nothing changed")
        return 0
    total = lambda d: sum(d.values())  # noqa: E731
    verb = "would change" if report.dry_run else "imported"
    print(f"from {report.sender_label}")
    print(f"{verb}: {total(report.added)} added, {total(report.updated)} updated, "
          f"{total(report.deleted)} deleted, {report.conflicts} conflicts"
          f"{' (dry run: nothing written)' if report.dry_run else ''}")
    for title, bucket in (("added", report.added), ("updated", report.updated), ("deleted", report.deleted)):
        for kind, n in sorted(bucket.items()):
            print(f"  {title:8} {kind:22} {n}")
    if report.conflicts and not report.dry_run:
        print("review them with: planner conflicts")
    return 0


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.write() as s:
        me = device_id(s)
        known = knowledge(s)
        names = known_names(s)
        peers = [{"device": p.device, "name": names.get(p.device, ""), "last_bundle_at": p.last_bundle_at.isoformat(sep=" ", timespec="seconds")
                  if p.last_bundle_at else ""} for p in s.scalars(select(SyncPeer))]
        bundles = {d: n for d, n in s.execute(select(SyncBundle.direction, func.count()).group_by(SyncBundle.direction))}
        open_conflicts = s.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved == "")) or 0
    status = {"device": me, "name": names.get(me, ""), "devices_known": sorted(known), "peers": peers,
              "bundles_imported": bundles.get("imported", 0), "bundles_exported": bundles.get("exported", 0),
              "open_conflicts": open_conflicts}
    if args.json:
        print_json(status)
        return 0
    print(f"this device:       {who(me, names)}")
    print(f"devices known:     {', '.join(who(d, names) for d in sorted(known)) or '-'}")
    for p in peers:
        print(f"  teammate {who(p['device'], names)}: last bundle {p['last_bundle_at']}")
    print(f"bundles imported:  {status['bundles_imported']}")
    print(f"bundles exported:  {status['bundles_exported']}")
    print(f"open conflicts:    {open_conflicts}")
    return 0


def cmd_name(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.write() as s:
        if args.name is None:
            name = own_name(s)
            print(name or "no name set; teammates see this laptop's device code")
            return 0
        name = set_own_name(s, args.name)
    print(f"teammates will see your changes as {name or 'this device code'} in bundles you export")
    return 0


def cmd_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    found = list_conflicts(ctx.records, include_resolved=args.all)
    if args.json:
        print_json(found)
    elif not found:
        print("no open conflicts")
    else:
        rows = [{**c, "mine": _short(c["mine"]), "theirs": _short(c["theirs"])} for c in found]
        print_table(rows, ["id", "kind", "table", "record", "field", "mine", "theirs", "winner"])
    return 0


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 30 else text[:29] + "…"


def cmd_resolve(args: argparse.Namespace, ctx: Context) -> int:
    try:
        resolve(ctx.records, args.id, args.keep)
    except ValidationError:
        raise
    print(f"conflict {args.id}: kept {args.keep}")
    return 0
