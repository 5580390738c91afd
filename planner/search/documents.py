"""What the index holds for each record: one document per live record.

A document has a title (names: weighted highest), a body (the other text),
``secret`` (private fields: found locally, flagged in results) and pinyin
(so ``wangjun`` or ``wj`` find 王军). Notes' rich text is indexed as plain
text. Reads go straight to SQLite (the index is rebuilt from 300k rows).

Threading: runs on whichever thread holds the connection.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from planner.models import Visit
from planner.search.plain import plain_text
from planner.search.tokens import CJK

_RUN = re.compile(f"[{CJK}]+")


@dataclass(frozen=True)
class Doc:
    kind: str
    record_id: str
    account_id: str | None
    private: bool
    title: str
    body: str
    secret: str
    pinyin: str

    def texts(self) -> tuple[str, str, str, str]:
        return self.title, self.body, self.secret, self.pinyin


def scope_terms(kind: str, account_id: str | None, private: bool) -> str:
    """Terms that let a MATCH filter by kind, account and privacy."""
    terms = [kind_term(kind)]
    if account_id:
        terms.append(account_term(account_id))
    if private:
        terms.append("private")
    return " ".join(terms)


def kind_term(kind: str) -> str:
    return "k" + kind.replace("_", "")


def account_term(account_id: str) -> str:
    return "a" + "".join(ch for ch in account_id.lower() if ch.isalnum())


def pinyin_of(name: str, person: bool = False) -> str:
    """Pinyin words, the pinyin run together and the initials of the Chinese
    parts of ``name`` ("" when it has none). A ``person``'s name is read
    with its surname reading and also the common one (曾小明: zeng xiao ming
    zengxiaoming zxm ceng cengxiaoming cxm)."""
    runs = _RUN.findall(name or "")
    if not runs:
        return ""
    from pypinyin import Style, lazy_pinyin

    from planner.text.sortkey import romanise_name

    words: list[str] = []
    for i, run in enumerate(runs):
        readings = [lazy_pinyin(run, style=Style.NORMAL)]
        if person and i == 0 and name.lstrip().startswith(run):
            readings.insert(0, romanise_name(run).split())
        for syllables in readings:
            syllables = [s for s in syllables if s.isascii()]
            if syllables:
                words += [*syllables, "".join(syllables), "".join(s[0] for s in syllables)]
    return " ".join(dict.fromkeys(words))


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


# the text fields of a visit, when the model has them (the visits feature may add more)
_VISIT_TEXT = [f for f in ("objective", "place", "questions", "outcome_real_need", "outcome_project_status",
                           "outcome_roles", "outcome_presented", "outcome_feedback", "outcome_next_steps")
               if f in Visit.data_fields()]


def _account(rows) -> Iterator[Doc]:
    for rid, name, summary, industry, region in rows:
        yield Doc("account", rid, rid, False, name or "", _join(summary, industry, region), "", pinyin_of(name))


def _stakeholder(rows) -> Iterator[Doc]:
    for rid, account_id, name, roman, title, department, marks in rows:
        try:
            private = set(json.loads(marks or "[]"))
        except (TypeError, ValueError):
            private = set()
        fields = {"name": name or "", "name_romanised": roman or "", "title": title or ""}
        shown = {f: ("" if f in private else v) for f, v in fields.items()}
        hidden = _join(*(v for f, v in fields.items() if f in private))
        py = "" if "name" in private else pinyin_of(name, person=True)
        if roman and "name_romanised" not in private:
            py = _join(py, roman).replace("\n", " ")
        yield Doc("stakeholder", rid, account_id, False, shown["name"],
                  _join(shown["title"], department), hidden, py)


def _opportunity(rows) -> Iterator[Doc]:
    for rid, account_id, name, competitors, description in rows:
        yield Doc("opportunity", rid, account_id, False, name or "", _join(competitors, description), "", "")


def _visit(rows) -> Iterator[Doc]:
    for rid, account_id, purpose, notes, notes_private, *texts in rows:
        body = _join(*texts, "" if notes_private else notes)
        yield Doc("visit", rid, account_id, False, purpose or "", body, notes if notes_private else "", "")


def _note(rows) -> Iterator[Doc]:
    for rid, account_id, title, body, private in rows:
        yield Doc("note", rid, account_id, bool(private), title or "", plain_text(body), "", "")


_SQL = {
    "account": ("SELECT id, name, summary, industry, region FROM account t", _account),
    "stakeholder": ("SELECT t.id, t.account_id, t.name, t.name_romanised, t.title, d.name, t.private_fields "
                    "FROM stakeholder t LEFT JOIN department d ON d.id = t.department_id AND d.deleted = 0",
                    _stakeholder),
    "opportunity": ("SELECT id, account_id, name, competitors, description FROM opportunity t", _opportunity),
    "visit": (f"SELECT id, account_id, purpose, notes, notes_private{''.join(', ' + f for f in _VISIT_TEXT)} "
              "FROM visit t", _visit),
    "note": ("SELECT t.id, COALESCE(t.account_id, v.account_id, o.account_id, s.account_id), t.title, t.body, "
             "t.private FROM note t LEFT JOIN visit v ON v.id = t.visit_id "
             "LEFT JOIN opportunity o ON o.id = t.opportunity_id "
             "LEFT JOIN stakeholder s ON s.id = t.stakeholder_id", _note),
}

CHUNK = 500


def load(conn: sqlite3.Connection, kind: str, ids: Iterable[str]) -> list[Doc]:
    """The documents of the live records among ``ids`` (deleted and missing
    ones have none)."""
    sql, make = _SQL[kind]
    ids = list(ids)
    out: list[Doc] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        where = f" WHERE t.deleted = 0 AND t.id IN ({', '.join('?' * len(chunk))})"
        out.extend(make(conn.execute(sql + where, chunk)))
    return out
