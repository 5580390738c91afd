"""Sorting names the way a Chinese or English reader expects.

Chinese names sort by their romanised form (pinyin), so 陈 (Chen) comes
before 王 (Wang) and mixes naturally with English names; a romanised name the
rep typed wins over the computed one."""

from __future__ import annotations

from functools import lru_cache


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Pinyin of the Chinese characters in ``text``, other text unchanged."""
    if not _has_cjk(text):
        return text
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [chars]))


def sort_key(name: str, romanised: str = "") -> tuple[str, str]:
    base = romanised.strip() or romanise(name)
    return (base.casefold(), name)


def matches(query: str, *texts: str) -> bool:
    """Case-insensitive match on the text or its pinyin, with or without
    spaces ("wangjun", "wang jun" and "王军" all find 王军)."""
    q = query.strip().casefold()
    if not q:
        return True
    q_compact = q.replace(" ", "")
    for text in texts:
        if not text:
            continue
        low = text.casefold()
        if q in low:
            return True
        if _has_cjk(text):
            r = romanise(text).casefold()
            if q in r or q_compact in r.replace(" ", ""):
                return True
    return False
