"""Moments when a greeting is expected: Chinese and common holidays
(lunar ones tabulated for 2025-2030) and the moments reps note in contact
plans. Labels in English and Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

#: lunar festivals, Gregorian dates (Hong Kong Observatory calendar tables)
_LUNAR = {
    "spring_festival": ("2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"),
    "lantern_festival": ("2025-02-12", "2026-03-03", "2027-02-20", "2028-02-09", "2029-02-27", "2030-02-17"),
    "dragon_boat": ("2025-05-31", "2026-06-19", "2027-06-09", "2028-05-28", "2029-06-16", "2030-06-05"),
    "mid_autumn": ("2025-10-06", "2026-09-25", "2027-09-15", "2028-10-03", "2029-09-22", "2030-09-12"),
}
#: month, day of holidays on fixed Gregorian dates
_FIXED = {"new_year": (1, 1), "national_day": (10, 1)}

NAMES = {
    "new_year": ("New Year", "元旦"),
    "spring_festival": ("Spring Festival", "春节"),
    "lantern_festival": ("Lantern Festival", "元宵节"),
    "dragon_boat": ("Dragon Boat Festival", "端午节"),
    "mid_autumn": ("Mid-Autumn Festival", "中秋节"),
    "national_day": ("National Day", "国庆节"),
}
FIRST_YEAR, LAST_YEAR = 2025, 2030


@dataclass(frozen=True)
class Moment:
    on: date
    key: str

    def label(self, lang: str = "en") -> str:
        en, zh = NAMES[self.key]
        return zh if lang.startswith("zh") else en


def holidays(year: int) -> list[Moment]:
    out = [Moment(date(year, m, d), key) for key, (m, d) in _FIXED.items()]
    if FIRST_YEAR <= year <= LAST_YEAR:
        out += [Moment(date.fromisoformat(days[year - FIRST_YEAR]), key) for key, days in _LUNAR.items()]
    return sorted(out, key=lambda m: m.on)


def upcoming(today: date, days: int = 45) -> list[Moment]:
    """Holidays from today to ``days`` ahead, soonest first."""
    end = today + timedelta(days=days)
    found = [m for y in range(today.year, end.year + 1) for m in holidays(y)]
    return [m for m in found if today <= m.on <= end]
