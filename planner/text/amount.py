"""Amounts of money as reps type them: ``3400万``, ``1.2亿元``, ``3,400,000``,
``¥3,400,000``, ``3.4m``, ``850k``, full-width digits and punctuation too.

One rule for the whole program (the scoring simulator's cells, the
``tender simulate`` command's JSON):

- a dot is the decimal mark; a comma only separates thousands, so it must
  stand between groups of three digits (``3,400,000``); anything else
  (``3,4``, ``34,00``) is refused as ambiguous rather than guessed;
- an optional unit after the number: 千 / k (10³), 万 / w (10⁴), 十万 (10⁵),
  百万 / m (10⁶), 千万 (10⁷), 亿 (10⁸), and an optional 元 after it; an
  optional ¥ / ￥ / CNY / RMB before it;
- negative amounts, ``nan``, ``inf``, exponents and other junk are refused
  with an :class:`AmountError` that says why, in English and Chinese;
- an empty text is "not entered yet": :func:`parse_amount` returns None.

Pure functions, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
import math
from decimal import Decimal, InvalidOperation

UNITS = {"": 1, "k": 10**3, "w": 10**4, "千": 10**3, "万": 10**4, "十万": 10**5, "百万": 10**6, "m": 10**6,
         "千万": 10**7, "亿": 10**8}
_NUMBER = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SHAPE = re.compile(r"(?P<sign>[-+]?)(?P<cur>¥|cny|rmb)?\s*(?P<num>[\d.,]+)\s*(?P<unit>[^\d.,\s]*?)\s*元?")


class AmountError(ValueError):
    """Why a text is not an amount: ``en`` and ``zh``."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


def _clean(text: str) -> str:
    # full-width digits, commas, dots and signs become ASCII; − (minus sign) is a minus
    s = unicodedata.normalize("NFKC", text).replace("\u2212", "-").replace("。", ".")
    return s.strip().lower()


#: larger is a typo (a billion 亿 is 10^17), and no float infinity gets through
MAX_AMOUNT = Decimal(10) ** 18


def parse_amount(text: str | None) -> float | None:
    """The amount ``text`` stands for (None when it is empty); raises
    :class:`AmountError` for anything else than a non-negative amount."""
    if text is None:
        return None
    s = _clean(text)
    if not s:
        return None
    shown = text.strip()
    m = _SHAPE.fullmatch(s)
    if not m:
        raise AmountError(f"“{shown}” is not an amount (for example 3,400,000 or 3400万).",
                          f"“{shown}”不是金额（例如 3,400,000 或 3400万）。")
    if m["sign"] == "-":
        raise AmountError(f"“{shown}”: an amount cannot be negative.", f"“{shown}”：金额不能为负数。")
    unit = m["unit"]
    if unit not in UNITS:
        raise AmountError(f"“{shown}”: unknown unit “{unit}” (use 万, 亿, k or m).",
                          f"“{shown}”：无法识别的单位“{unit}”（可用 万、亿、k、m）。")
    num = m["num"]
    if not _NUMBER.fullmatch(num):
        if "," in num:
            raise AmountError(f"“{shown}” is ambiguous: a comma only separates thousands (3,400,000); "
                              "write decimals with a dot (3.4).",
                              f"“{shown}”有歧义：逗号只用作千位分隔（3,400,000），小数请用小数点（3.4）。")
        raise AmountError(f"“{shown}” is not an amount (for example 3,400,000 or 3400万).",
                          f"“{shown}”不是金额（例如 3,400,000 或 3400万）。")
    try:
        value = Decimal(num.replace(",", "")) * UNITS[unit]
    except InvalidOperation:  # pragma: no cover - the pattern above admits only decimals
        raise AmountError(f"“{shown}” is not an amount.", f"“{shown}”不是金额。") from None
    if not math.isfinite(float(value)) or value > MAX_AMOUNT:
        raise AmountError(f"“{shown}” is too large for an amount.", f"“{shown}”数额过大。")
    return float(value)


def format_amount(x: float | None) -> str:
    """``x`` with thousands separators and every decimal it has (``3,400,000``,
    ``1,234.5``): :func:`parse_amount` reads it back to the same number.
    Empty for None."""
    if x is None:
        return ""
    digits = format(Decimal(repr(float(x))), "f")
    whole, _, frac = digits.partition(".")
    frac = frac.rstrip("0")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}"
    return sign + grouped + (("." + frac) if frac else "")


def parse_score(text: str | None) -> float | None:
    """A score in % of full marks (``85``, ``85.5``, ``85 %``); None when
    empty; raises :class:`AmountError` unless it is a number from 0 to 100."""
    if text is None:
        return None
    s = _clean(text).removesuffix("%").strip()
    if not s:
        return None
    shown = text.strip()
    if not re.fullmatch(r"\d+(?:\.\d+)?", s):
        raise AmountError(f"“{shown}” is not a score (0 to 100, % of full marks).",
                          f"“{shown}”不是分数（0 到 100，即满分的百分比）。")
    value = float(s)
    if value > 100:
        raise AmountError(f"“{shown}”: scores are between 0 and 100 (% of full marks).",
                          f"“{shown}”：得分在 0 到 100 之间（满分的百分比）。")
    return value
