"""Matching a row to a person who exists already: by e-mail, then phone,
then name, at the same account; and comparing values the way people mean
them ("zhao  min" is Zhao Min, "+86 138 0013 8000" is 13800138000)."""

from __future__ import annotations

import re
from typing import Any


def key(text: str) -> str:
    """Names compared without case and spacing ("Li  Na" = "li na")."""
    return " ".join(text.split()).casefold()


def phone_key(text: str) -> str:
    """The last nine digits: "+86 138-0013-8000" = "13800138000"."""
    digits = re.sub(r"\D", "", text)
    return digits[-9:] if len(digits) >= 6 else ""


def same(field_name: str, a: str, b: str) -> bool:
    if field_name in ("mobile", "phone") and phone_key(a):
        return phone_key(a) == phone_key(b) and len(re.sub(r"\D", "", a)) <= len(re.sub(r"\D", "", b)) + 2
    return key(a) == key(b) if field_name in ("name", "email", "name_romanised") else a == b


def spells(latin: str, chinese: str, romanised: str = "") -> bool:
    """Whether ``latin`` ("Li Na", "Na Li", "LI, Na") is how ``chinese``
    (李娜) is written in Latin letters: its pinyin in either name order, or
    the romanised name already recorded for the person. The surname may be
    spelt by its surname reading or its common one (单田芳: Shan or Dan)."""
    from planner.text.sortkey import has_cjk, name_readings

    if has_cjk(latin) or not has_cjk(chinese):
        return False
    words = re.findall(r"[^\W\d_]+", latin.casefold())
    if romanised and words == re.findall(r"[^\W\d_]+", romanised.casefold()):
        return True
    if not words:
        return False
    joined = "".join(words)
    for reading in name_readings(chinese):
        syllables = reading.casefold().split()
        if syllables and joined in ("".join(syllables), "".join(syllables[1:] + syllables[:1])):
            return True
    return False


def compose_name(first: str, last: str) -> str:
    from planner.text.sortkey import has_cjk

    if has_cjk(first + last):
        return (last + first).strip()   # 王 + 军 -> 王军
    return " ".join(p for p in (first, last) if p)


class People:
    """Existing people of one account, indexed for matching."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_id = {r["id"]: r for r in rows}
        self.email: dict[str, list[str]] = {}
        self.phone: dict[str, list[str]] = {}
        self.name: dict[str, list[str]] = {}
        for r in rows:
            if r["email"]:
                self.email.setdefault(r["email"].strip().casefold(), []).append(r["id"])
            for p in {phone_key(r["mobile"]), phone_key(r["phone"])} - {""}:
                self.phone.setdefault(p, []).append(r["id"])
            self.name.setdefault(key(r["name"]), []).append(r["id"])

    def match(self, fields: dict[str, str]) -> tuple[str, list[str]]:
        """(how, ids) of the best match: e-mail, then phone, then name."""
        email = fields.get("email", "").strip().casefold()
        if email and self.email.get(email):
            return "by_email", self.email[email]
        for f in ("mobile", "phone"):
            p = phone_key(fields.get(f, ""))
            if p and self.phone.get(p):
                return "by_phone", self.phone[p]
        ids = self.name.get(key(fields.get("name", "")), [])
        return ("by_name", ids) if ids else ("", [])
