"""Sorting and finding names the way a Chinese or English reader expects.

Sorting uses ICU collation for Chinese (pinyin order: 安 < 陈 < 李 < 王,
then Latin names), through Qt's QCollator: fast, with no dictionary to
load at start-up. People's names are collated with their surname read as
a surname (曾 zeng, 单 shan: planner/text/surnames.py), still without the
dictionary. Finding by pinyin ("wangjun" finds 王军) needs a pinyin
dictionary (pypinyin, about 55 MB): it is loaded on the first such search."""

from __future__ import annotations

import re
from functools import cmp_to_key, lru_cache

from PySide6.QtCore import QCollator, QLocale, Qt

_collator: QCollator | None = None
#: a run of Chinese characters (group 1) or a word of other letters and digits (group 2)
_WORDS = re.compile("([\u3400-\u9fff]+)|([^\\W_\u3400-\u9fff]+)")


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


def _plain(syllable: str) -> str:
    return syllable.rstrip("012345")


@lru_cache(maxsize=65536)
def romanise_name(name: str) -> str:
    """Pinyin of a person's name with its surname read as a surname
    (曾小明 -> "zeng xiao ming", 单田芳 -> "shan tian fang"), other text
    unchanged. Company and other names: ``romanise``."""
    from planner.text.surnames import surname

    found = surname(name) if has_cjk(name) else None
    if found is None:
        return romanise(name)
    head, reading = found
    rest = name.lstrip()[len(head):]
    return " ".join([*map(_plain, reading), romanise(rest)]).strip()


def name_readings(name: str) -> tuple[str, ...]:
    """The ways a rep may spell a person's name in pinyin: the surname
    reading first, then the common reading when it differs (both
    "zeng xiao ming" and "ceng xiao ming" find 曾小明)."""
    return tuple(dict.fromkeys((romanise_name(name), romanise(name))))


def compare_names(a: str, b: str) -> int:
    """Like ``compare`` for people's names, with the surname collated by its
    reading as a surname: 曾小明 among the Z names, 单田芳 among the S ones."""
    from planner.text.surnames import for_collation

    return compare(for_collation(a), for_collation(b)) or compare(a, b)


#: a key for ``sorted()`` of people's names (see compare_names)
name_sort_key = cmp_to_key(compare_names)


@lru_cache(maxsize=65536)
def word_syllables(text: str) -> tuple[tuple[str, ...], frozenset[int]]:
    """The syllables of ``text`` (pinyin of its Chinese characters, its
    other words as they are, casefolded) and the indices of those that start
    a word: the start of the text and of each run of Chinese characters or
    other word."""
    from pypinyin import Style, lazy_pinyin

    syllables: list[str] = []
    starts: set[int] = set()
    for run, word in _WORDS.findall(text):
        starts.add(len(syllables))
        if run:
            syllables += [s.casefold() for s in lazy_pinyin(run, style=Style.NORMAL)]
        else:
            syllables.append(word.casefold())
    return tuple(syllables), frozenset(starts)


def matches(query: str, *texts: str, names: tuple[str, ...] = ()) -> bool:
    """Case-insensitive match on the text or its pinyin, with or without
    spaces ("wangjun", "wang jun" and "王军" all find 王军), or on the start
    of each syllable in a row ("wj", "wangj" and "hdms" find 王军 and
    华东某省电力公司).

    ``names`` are people's names: read with the surname reading and the
    common one (曾小明 is found by "zxm" and "cxm"), the syllable starts may
    begin at any syllable ("wj" finds 长孙无忌). In the other ``texts``
    abbreviations begin at the start of a word ("yw" finds 运维检修部, "wj"
    does not); inside a word the pinyin must be typed in whole syllables
    ("weijian" and "weij" find it, "w" and "wj" do not)."""
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
            syllables, starts = word_syllables(text)
            if syllable_starts(q_compact, syllables, starts):
                return True
    for name in names:
        if not name:
            continue
        if q in name.casefold():
            return True
        if latin_query and has_cjk(name):
            for reading in name_readings(name):
                r = reading.casefold()
                if q in r or q_compact in r.replace(" ", ""):
                    return True
                if syllable_starts(q_compact, tuple(r.split())):
                    return True
    return False


def syllable_starts(query: str, syllables: tuple[str, ...], starts: frozenset[int] | None = None) -> bool:
    """Whether ``query`` is the beginnings of consecutive syllables, each at
    least one letter ("hdms" and "huadms" in hua dong mou sheng).

    With ``starts`` such abbreviations may only begin at those syllables;
    from any other syllable the query must spell whole syllables, the last
    one possibly unfinished if it is not the first ("weiji" in yun wei jian)."""
    if not query:
        return False
    for first in range(len(syllables)):
        if starts is not None and first not in starts:
            if _whole_syllables(query, syllables[first:]):
                return True
            continue
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


def _whole_syllables(query: str, syllables: tuple[str, ...]) -> bool:
    """Whether ``query`` spells the first syllable whole, and the next ones
    whole but for the last, which may be unfinished ("weij" in wei jian)."""
    pos = 0
    for syllable in syllables:
        rest = query[pos:]
        if not rest:
            return True
        if pos and syllable.startswith(rest):
            return True
        if not rest.startswith(syllable):
            return False
        pos += len(syllable)
    return pos == len(query)
