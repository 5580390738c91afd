"""Sorting and finding names the way a Chinese or English reader expects.

Sorting uses ICU collation for Chinese (pinyin order: 安 < 陈 < 李 < 王,
then Latin names), through Qt's QCollator: fast, with no dictionary to
load at start-up. Finding by pinyin ("wangjun" finds 王军) needs a pinyin
dictionary (pypinyin, about 55 MB): it is loaded on the first such search."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCollator, QLocale, Qt

_collator: QCollator | None = None


def collator() -> QCollator:
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        _collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collator.setNumericMode(True)
    return _collator


def sort_key(name: str):
    """A key for ``sorted()``: pinyin order for Chinese, case-insensitive."""
    return collator().sortKey(name)


def compare(a: str, b: str) -> int:
    return collator().compare(a, b)


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Pinyin of the Chinese characters in ``text``, other text unchanged."""
    if not has_cjk(text):
        return text
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [chars]))


def matches(query: str, *texts: str) -> bool:
    """Case-insensitive match on the text or its pinyin, with or without
    spaces ("wangjun", "wang jun" and "王军" all find 王军), or on the start
    of each syllable in a row ("wj", "wangj" and "hdms" find 王军 and
    华东某省电力公司)."""
    q = query.strip().casefold()
    if not q:
        return True
    latin_query = not has_cjk(q)
    q_compact = q.replace(" ", "")
    for text in texts:
        if not text:
            continue
        if q in text.casefold():
            return True
        if latin_query and has_cjk(text):
            r = romanise(text).casefold()
            if q in r or q_compact in r.replace(" ", ""):
                return True
            if syllable_starts(q_compact, tuple(r.split())):
                return True
    return False


def syllable_starts(query: str, syllables: tuple[str, ...]) -> bool:
    """Whether ``query`` is the beginnings of consecutive syllables, each at
    least one letter ("hdms" and "huadms" in hua dong mou sheng)."""
    if not query:
        return False
    for first in range(len(syllables)):
        ends = {0}  # how much of the query the syllables so far can cover
        for syllable in syllables[first:]:
            reach = set()
            for end in ends:
                k = 0
                while k < len(syllable) and end + k < len(query) and query[end + k] == syllable[k]:
                    k += 1
                    reach.add(end + k)
            if len(query) in reach:
                return True
            ends = reach
            if not ends:
                break
    return False
