"""``search`` (full-text, ranked, with snippets) and ``ics`` (planned visits
as an iCalendar file)."""

from __future__ import annotations

import argparse
import json
import sys

from planner.cli.context import Context
from planner.cli.files import writing
from planner.cli.lang import add_lang_option
from planner.search.schema import KINDS
from planner.services.lookup import find_account


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="find accounts, people, opportunities, visits and notes by any word",
                       description="Chinese, English or both: 预算, budget, 'Q3预算 tender'. Every word must "
                                   "match; the last letters typed may be the start of a word.")
    p.add_argument("query", nargs="*", metavar="QUERY")
    p.add_argument("--account", metavar="NAME", help="only in this account (name or id)")
    p.add_argument("--kind", action="append", choices=KINDS, metavar="KIND",
                   help=f"only this kind of record (repeatable): {', '.join(KINDS)}")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--no-private", action="store_true",
                   help="leave out private notes and matches in private fields (e.g. when sharing a screen)")
    p.add_argument("--json", action="store_true", help="hits as JSON")
    p.add_argument("--rebuild", action="store_true", help="rebuild the search index from the records first")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ics", help="export planned visits as an iCalendar file (Outlook, phone calendars)")
    p.add_argument("--account", metavar="NAME", help="only this account's visits (name or id)")
    p.add_argument("--include-past", action="store_true",
                   help="also planned visits before today (default: from today on)")
    add_lang_option(p, "language of the event descriptions", "en")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.set_defaults(func=cmd_ics)


def _marked(text: str, spans: list[tuple[int, int]], tty: bool) -> str:
    on, off = ("\033[1m", "\033[0m") if tty else ("[", "]")
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], on, text[start:end], off]
        last = end
    out.append(text[last:])
    return "".join(out)


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    from planner.search import rebuild, refresh, search
    from planner.services.errors import ValidationError

    if args.limit < 1:
        raise ValidationError("--limit must be at least 1")
    if args.rebuild:
        n = rebuild(ctx.db)
        print(f"search index rebuilt: {n} records", file=sys.stderr)
    elif sys.stderr.isatty():
        refresh(ctx.db, lambda done, total: print(f"\rindexing {done}/{total}", end="", file=sys.stderr))
    query = " ".join(args.query)
    if not query.strip():
        if args.rebuild:
            return 0
        raise ValidationError("nothing to search for; give a word, e.g. planner search 预算")
    account_id = find_account(ctx.db, args.account) if args.account else None
    hits = search(ctx.db, query, account_id=account_id, kinds=args.kind, limit=args.limit,
                  include_private=not args.no_private)
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"no matches for {query!r}", file=sys.stderr)
        return 1
    tty = sys.stdout.isatty()
    for h in hits:
        when = f" {h.when[:16]}" if h.when else ""
        lock = " (private)" if h.private else ""
        print(f"{h.kind:<12} {h.id}  {h.title}{when}  — {h.account}{lock}")
        if h.snippet and h.snippet != h.title:
            print(f"             {_marked(h.snippet, h.highlights, tty)}")
    return 0


def cmd_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.calendar.ics import export_ics

    account_id = find_account(ctx.db, args.account) if args.account else None
    with writing(args.output) as path:
        n = export_ics(ctx.db, path, account_id, include_past=args.include_past, lang=args.lang)
    print(f"{n} planned visit{'s' if n != 1 else ''} written to {args.output}")
    return 0
