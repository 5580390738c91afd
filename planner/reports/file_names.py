"""Suggested file names for saved reports: the account, what it is, the
date (``华东某省电力公司 客户计划 2026-11-23.pdf``), safe on every system."""

from __future__ import annotations

import re
from datetime import date

_WORDS = {"account_plan": ("account plan", "客户计划"), "brief": ("pre-visit brief", "拜访前简报")}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_name(text: str) -> str:
    """``text`` without characters a file name cannot hold (Windows' set),
    spaces collapsed, no leading/trailing dots or spaces."""
    return re.sub(r"\s+", " ", _UNSAFE.sub(" ", text)).strip(" .")


def report_file_name(account: str, kind: str, lang: str, today: date | None = None) -> str:
    """``account`` + the report's name in ``lang`` + the date + ``.pdf``."""
    word = _WORDS[kind][1 if lang.startswith("zh") else 0]
    day = (today or date.today()).isoformat()
    return f"{' '.join(p for p in (safe_name(account), word, day) if p)}.pdf"
