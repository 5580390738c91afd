"""Searching: ranked hits with a highlighted snippet.

Threading: any thread. A search first indexes what the triggers queued
(a write when there is something queued), then reads.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass, field

from planner.search import index
from planner.search.documents import account_term, kind_term
from planner.search.tokens import match_expression, needles
from planner.store.database import Database

SNIPPET_CHARS = 80
CANDIDATES = 1000


@dataclass
class Hit:
    kind: str
    id: str
    account_id: str | None
    account: str
    title: str
    #: plain text around the first match; ``highlights`` are (start, end) in it
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    #: the match is in a private note or a private field: local eyes only
    private: bool = False
    #: the visit's date (ISO), for visits
    when: str | None = None
    score: float = 0.0

    def as_json(self) -> dict:
        out = asdict(self)
        out["highlights"] = [list(h) for h in self.highlights]
        return out


def _pattern(query: str) -> re.Pattern | None:
    found = needles(query)
    return re.compile("|".join(map(re.escape, found)), re.IGNORECASE) if found else None


def snippet(text: str, pattern: re.Pattern | None, width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match, on one line, with the
    matches in it as (start, end) offsets."""
    flat = " ".join(text.split())
    first = pattern.search(flat) if pattern else None
    if first is None:
        cut = flat[:width]
        return (cut + "…" if len(flat) > width else cut), []
    start = max(0, first.start() - width // 3)
    end = min(len(flat), start + width)
    start = max(0, min(start, end - width))
    window = flat[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    spans = [(m.start() + len(prefix), m.end() + len(prefix)) for m in pattern.finditer(window)]
    return prefix + window + suffix, spans


def _best_text(pattern, title: str, body: str, secret: str) -> tuple[str, bool]:
    """The text to cut the snippet from (body first: the title is shown
    anyway) and whether it is private."""
    for text, private in ((body, False), (secret, True)):
        if text and pattern and pattern.search(text):
            return text, private
    return body or title, False  # found in the name (shown anyway) or its pinyin


def _filtered(expr: str, account_id: str | None, kinds: list[str] | None, include_private: bool) -> str:
    """``expr`` narrowed by the scope terms each document carries."""
    if not include_private:
        expr = "{title body pinyin} : (" + expr + ")"
    parts = [f"({expr})"]
    if account_id:
        parts.append(f'scope : "{account_term(account_id)}"')
    if kinds:
        parts.append("scope : (" + " OR ".join(f'"{kind_term(k)}"' for k in kinds) + ")")
    out = " AND ".join(parts)
    return out if include_private else out + ' NOT scope : "private"'


def search(db: Database, query: str, account_id: str | None = None, kinds: list[str] | None = None,
           limit: int = 20, include_private: bool = True, refresh: bool = True) -> list[Hit]:
    """Hits for ``query``, best first. ``include_private=False`` leaves out
    private notes and matches found only in private fields."""
    expr = match_expression(query)
    if expr is None:
        return []
    if refresh:
        index.refresh(db)
    expr = _filtered(expr, account_id, kinds, include_private)
    # Rank (bm25) the newest CANDIDATES matches: a word found in 200,000
    # records would otherwise cost half a second to rank in full.
    sql = ("SELECT d.kind, d.record_id, d.account_id, d.private, d.title, d.body, d.secret, a.name, c.rank "
           "FROM (SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?) c "
           "JOIN search_doc d ON d.doc_id = c.rowid LEFT JOIN account a ON a.id = d.account_id "
           "ORDER BY c.rank LIMIT ?")
    params = [expr, CANDIDATES]
    pattern = _pattern(query)
    hits: list[Hit] = []
    with db.read() as s:
        conn: sqlite3.Connection = s.connection().connection.dbapi_connection
        rows = conn.execute(sql, [*params, int(limit)]).fetchall()
        for kind, rid, acc_id, private, title, body, secret, acc_name, rank in rows:
            text, in_secret = _best_text(pattern, title, body, secret if include_private else "")
            cut, spans = snippet(text, pattern)
            hits.append(Hit(kind, rid, acc_id, acc_name or "", title, cut, spans,
                            bool(private) or in_secret, None, float(rank)))
        visits = [h for h in hits if h.kind == "visit"]
        if visits:
            when = dict(conn.execute(
                f"SELECT id, starts_at FROM visit WHERE id IN ({', '.join('?' * len(visits))})",
                [h.id for h in visits]))
            for h in visits:
                h.when = when.get(h.id)
    return hits
