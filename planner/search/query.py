"""Searching: ranked hits with a highlighted snippet.

Threading: any thread. A search first indexes what the triggers queued
(a write when there is something queued), then reads.
"""

from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass, field

from planner.search import index
from planner.search.documents import account_term, kind_term
from planner.search.schema import WEIGHTS
from planner.search.tokens import match_expression, needles, query_words
from planner.store.database import Database

SNIPPET_CHARS = 100  # screen columns (a Chinese character takes two)
CANDIDATES = 500


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
    #: BM25 (higher is better)
    score: float = 0.0

    def as_json(self) -> dict:
        out = asdict(self)
        out["highlights"] = [list(h) for h in self.highlights]
        return out


def _pattern(query: str) -> re.Pattern | None:
    found = needles(query)
    return re.compile("|".join(map(re.escape, found)), re.IGNORECASE) if found else None


def _columns(ch: str) -> int:
    """Screen columns of a character: CJK is as wide as two Latin letters."""
    return 2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF" else 1


def snippet(text: str, pattern: re.Pattern | None, width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """About ``width`` columns of ``text`` on one line, starting a little
    before the first match, with the matches as (start, end) offsets."""
    flat = " ".join(text.split())
    first = pattern.search(flat) if pattern else None
    start = first.start() if first else 0
    lead = 0
    while start > 0 and lead + _columns(flat[start - 1]) <= width // 4:  # some context before the match
        start -= 1
        lead += _columns(flat[start])
    end, used = start, 0
    while end < len(flat) and used + _columns(flat[end]) <= width:
        used += _columns(flat[end])
        end += 1
    while end - start < len(flat) and start > 0 and end == len(flat) and used + _columns(flat[start - 1]) <= width:
        start -= 1  # near the end: show more before instead
        used += _columns(flat[start])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    window = flat[start:end]
    spans = ([(m.start() + len(prefix), m.end() + len(prefix)) for m in pattern.finditer(window)]
             if first else [])
    return prefix + window + suffix, spans


def _best_text(pattern, title: str, body: str, secret: str) -> tuple[str, bool]:
    """The text to cut the snippet from (body first: the title is shown
    anyway) and whether it is private."""
    for text, private in ((body, False), (secret, True)):
        if text and pattern and pattern.search(text):
            return text, private
    return body or title, False  # found in the name (shown anyway) or its pinyin


K1, B = 1.2, 0.75
DF_CAP = 5000


def bm25(conn: sqlite3.Connection, query: str, rows: list[tuple], include_private: bool) -> list[float]:
    """BM25 scores of the candidate ``rows`` (columns weighted as
    schema.WEIGHTS). Term frequencies are counted in the stored plain text;
    column lengths are averaged over the candidates; a word's document
    frequency is counted up to DF_CAP (beyond that its weight hardly moves)."""
    words = query_words(query)
    n_docs = conn.execute(
        "SELECT (SELECT max(doc_id) FROM search_doc) - (SELECT min(doc_id) FROM search_doc) + 1").fetchone()[0] or 1
    terms: list[tuple[list[str], float]] = []
    for word in words:
        phrase = match_expression(word, prefix=False)
        df = conn.execute("SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)",
                          (phrase, DF_CAP)).fetchone()[0]
        idf = math.log((n_docs - df + 0.5) / (df + 0.5) + 1)
        terms.append(([p.casefold() for p in needles(word)], idf))
    columns = [(4, WEIGHTS[0]), (5, WEIGHTS[1]), (6, WEIGHTS[2] if include_private else 0.0), (7, WEIGHTS[3])]
    texts = [[(r[c] or "").casefold() for c, _ in columns] for r in rows]
    n = max(1, len(rows))
    avg = [max(1.0, sum(len(t[j]) for t in texts) / n) for j in range(len(columns))]
    scores = []
    for row_texts in texts:
        score = 0.0
        for j, (_, weight) in enumerate(columns):
            text = row_texts[j]
            if not weight or not text:
                continue
            norm = K1 * (1 - B + B * len(text) / avg[j])
            for pieces, idf in terms:
                tf = sum(text.count(p) for p in pieces)
                if tf:
                    score += weight * idf * tf * (K1 + 1) / (tf + norm)
        scores.append(score)
    return scores


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
    exact = match_expression(query, prefix=False)
    # The newest CANDIDATES matches are ranked here with BM25 (FTS5's own
    # bm25() first counts every match of every word: 20 ms for a word in
    # 200,000 records, before ranking a single one).
    sql = ("SELECT d.kind, d.record_id, d.account_id, d.private, d.title, d.body, d.secret, d.pinyin, a.name "
           "FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?) c "
           "JOIN search_doc d ON d.doc_id = c.rowid LEFT JOIN account a ON a.id = d.account_id")
    pattern = _pattern(query)
    hits: list[Hit] = []
    with db.read() as s:
        conn: sqlite3.Connection = s.connection().connection.dbapi_connection
        # whole words first (fast); the start of a word only when they are not enough
        rows = conn.execute(sql, [_filtered(exact, account_id, kinds, include_private), CANDIDATES]).fetchall()
        if len(rows) < limit and exact != expr:
            rows = conn.execute(sql, [_filtered(expr, account_id, kinds, include_private), CANDIDATES]).fetchall()
        scores = bm25(conn, query, rows, include_private)
        order = sorted(range(len(rows)), key=lambda i: -scores[i])[:int(limit)]
        for i in order:
            kind, rid, acc_id, private, title, body, secret, _pinyin, acc_name = rows[i]
            text, in_secret = _best_text(pattern, title, body, secret if include_private else "")
            cut, spans = snippet(text, pattern)
            hits.append(Hit(kind, rid, acc_id, acc_name or "", title, cut, spans,
                            bool(private) or in_secret, None, round(scores[i], 4)))
        visits = [h for h in hits if h.kind == "visit"]
        if visits:
            when = dict(conn.execute(
                f"SELECT id, starts_at FROM visit WHERE id IN ({', '.join('?' * len(visits))})",
                [h.id for h in visits]))
            for h in visits:
                h.when = when.get(h.id)
    return hits
