"""Dates typed by a person: the one rule the forms, the command line and
the importers share.

Accepted: ``2027-03-05``, ``2027/3/5``, ``2027.3.5``, ``2027年3月5日`` (the
日 may be left out), ``20270305``, with full-width digits too; empty text is
no date. Years outside :data:`MIN_YEAR`..:data:`MAX_YEAR` are refused: a
deal closing in 9999 or a visit in 1900 is a typing slip, not a plan.
Refusals say what to type, in English and in Chinese."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MIN_YEAR = 1970
MAX_YEAR = 2100

#: the format asked for, and examples of the other accepted forms
EXAMPLE = "2027-03-05"
ALSO = "2027/3/5, 2027年3月5日, 20270305"

_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


class DateTextError(ValueError):
    """Text that is not a date; ``text(lang)`` words it for the user."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.zh = zh

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else str(self)


def _not_a_date(text: str) -> DateTextError:
    return DateTextError(
        f"“{text}” is not a date: type it as {EXAMPLE} (year-month-day; {ALSO} also work)",
        f"“{text}”不是有效的日期：请按 {EXAMPLE}（年-月-日）的格式输入，也可以写 {ALSO.replace(', ', '、')}")


def year_error(year: int) -> DateTextError:
    return DateTextError(
        f"The year {year} is out of range: dates must be between {MIN_YEAR} and {MAX_YEAR}",
        f"年份 {year} 超出范围：日期必须在 {MIN_YEAR} 年到 {MAX_YEAR} 年之间")


def check_year(value: date) -> date:
    """``value``, or :class:`DateTextError` when its year is absurd."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise year_error(value.year)
    return value


def parse_date(text: str) -> date | None:
    """The date ``text`` means, None when it is empty; raises
    :class:`DateTextError` (a ValueError) otherwise."""
    original = text.strip()
    if not original:
        return None
    norm = unicodedata.normalize("NFKC", original)  # full-width digits and slashes
    match = _SEPARATED.fullmatch(norm) or _COMPACT.fullmatch(norm)
    if match is None:
        raise _not_a_date(original)
    year, month, day = (int(g) for g in match.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise _not_a_date(original) from None
    return check_year(value)


def parse_date_arg(text: str) -> date:
    """For argparse ``type=``: a required date (argparse shows the message)."""
    import argparse

    try:
        value = parse_date(text)
    except DateTextError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if value is None:
        raise argparse.ArgumentTypeError(_not_a_date(text))
    return value
