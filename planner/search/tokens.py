"""How text is cut into index terms, and how a query becomes an FTS5 match.

SQLite's ``unicode61`` tokenizer keeps a run of Chinese characters as one
token, and the ``trigram`` tokenizer cannot match a query shorter than three
characters. So the text is cut here, in Python, before FTS5 sees it:

- a run of CJK characters becomes its overlapping bigrams plus its last
  character on its own: ``预算审批`` -> ``预算 算审 审批 批``;
- other text becomes its words (letters and digits), unchanged;
- the terms are joined by spaces; ``unicode61`` then only folds case.

A query is cut the same way and each word of it becomes an FTS5 phrase, so a
two-character query (``预算``) is one bigram lookup, a longer one a phrase
of bigrams, a one-character query a prefix (``预*`` finds every bigram that
starts with it), and ``Q3预算`` the phrase ``q3 预算``. Words are joined by
AND; the last Latin word of each phrase is a prefix, so results come while
typing ("budg" finds "budget").

The cut is deterministic: the index deletes a document by cutting its stored
plain text again (the FTS table is contentless). Change ``VERSION`` whenever
the cut, or what a document holds (planner/search/documents.py), changes;
the index of an existing database then rebuilds itself on its next search.
Version 2: people's names also indexed with their surname reading.
"""

from __future__ import annotations

import re

VERSION = "2"

CJK = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
       "\U00020000-\U0002fa1f")
_CJK_RUN = re.compile(f"([{CJK}]+)")
_WORD = re.compile(r"[^\W_]+")
#: a CJK run (group 1) or a word of other letters and digits (group 2)
_TERM = re.compile(f"([{CJK}]+)|([^\\W_{CJK}]+)")


def _segments(text: str) -> list[tuple[bool, str]]:
    """(is_cjk, piece) in order: CJK runs and the words between them."""
    out: list[tuple[bool, str]] = []
    for i, part in enumerate(_CJK_RUN.split(text)):
        if i % 2:
            out.append((True, part))
        elif part:
            out.extend((False, w) for w in _WORD.findall(part))
    return out


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def index_terms(text: str) -> str:
    """The text as FTS5 should index it (terms separated by spaces)."""
    if not text:
        return ""
    terms: list[str] = []
    for run, word in _TERM.findall(text):
        if run:
            if len(run) > 1:
                terms.extend([run[i:i + 2] for i in range(len(run) - 1)])
            terms.append(run[-1])
        else:
            terms.append(word)
    return " ".join(terms)


def query_words(query: str) -> list[str]:
    """The words of a query (split on white space), empty ones dropped."""
    return [w for w in query.split() if _segments(w)]


def _phrase(word: str, allow_prefix: bool = True) -> str | None:
    segs = _segments(word)
    if not segs:
        return None
    terms: list[str] = []
    prefix = False
    for i, (cjk, piece) in enumerate(segs):
        last = i == len(segs) - 1
        if cjk:
            if len(piece) == 1:
                terms.append(piece)
                prefix = last
            else:
                terms.extend(_bigrams(piece))
                if not last:  # the text's run may go on: keep terms adjacent
                    terms.append(piece[-1])
        else:
            terms.append(piece)
            prefix = last and len(piece) >= 2 and allow_prefix
    quoted = '"' + " ".join(terms).replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def match_expression(query: str, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression for a user's query, or None if it has no
    searchable characters. Every word must match (AND). With ``prefix``
    a word's last Latin part may be the start of a longer word."""
    phrases = [p for p in (_phrase(w, prefix) for w in query_words(query)) if p]
    return " AND ".join(phrases) if phrases else None


def needles(query: str) -> list[str]:
    """The pieces of the query to highlight in a snippet (case-insensitive
    substrings): CJK runs and words, longest first."""
    found = {piece.casefold() for w in query_words(query) for _, piece in _segments(w)}
    return sorted(found, key=len, reverse=True)
