"""Checking and converting field values.

``parse`` turns text (command line, CSV, a table cell) into the field's
type; ``check`` validates a Python value against the field's type, its
vocabulary and its range. Both raise :class:`ValidationError` with a message
that names the field and says what is allowed."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text

from planner.services.errors import ValidationError
from planner.services.kinds import RANGES, VOCABS, column, is_required
from planner.text.dates import DateTextError, parse_date

_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off"}


def parse(kind: str, field: str, text: str) -> Any:
    col = column(kind, field)
    t = col.type
    text = text.strip() if not isinstance(t, (String, Text)) else text
    if text == "" and col.nullable and not isinstance(t, (String, Text)):
        return None
    try:
        if isinstance(t, Boolean):
            low = text.lower()
            if low in _TRUE:
                return True
            if low in _FALSE:
                return False
            raise ValueError
        if isinstance(t, Integer):
            return int(text)
        if isinstance(t, Float):
            return float(text.replace(",", ""))
        if isinstance(t, DateTime):
            return datetime.fromisoformat(text)
        if isinstance(t, Date):
            return parse_date(text)
        if isinstance(t, JSON):
            return json.loads(text)
    except DateTextError as exc:
        raise _bad_date(kind, field, exc) from None
    except (ValueError, json.JSONDecodeError):
        raise _invalid(kind, field, text) from None
    return text


def _names(kind: str, field: str) -> tuple[str, str]:
    """How a Chinese reader names the record and the field."""
    from planner.labels import field_label, kind_label

    return kind_label(kind, "zh"), field_label(field, "zh", kind)


def _empty(kind: str, field: str) -> ValidationError:
    k, f = _names(kind, field)
    return ValidationError(f"{kind}.{field} cannot be empty", f"{k}的“{f}”不能为空")


def _invalid(kind: str, field: str, value: Any) -> ValidationError:
    k, f = _names(kind, field)
    zh = f"{k}的“{f}”：{str(value)[:40]} 不是有效的值"
    if (kind, field) in VOCABS:
        zh += "（可选：" + "、".join(VOCABS[(kind, field)].label(v, "zh") for v in VOCABS[(kind, field)].values) + "）"
    return ValidationError(f"{kind}.{field}: {value!r} is not {describe(kind, field)}", zh)


def _bad_date(kind: str, field: str, exc: DateTextError) -> ValidationError:
    """A typed date that is not one, or has an absurd year: says what to type."""
    k, f = _names(kind, field)
    return ValidationError(f"{kind}.{field}: {exc}", f"{k}的“{f}”：{exc.text('zh')}")


def describe(kind: str, field: str) -> str:
    t = column(kind, field).type
    if (kind, field) in VOCABS:
        return "one of " + ", ".join(repr(v) for v in VOCABS[(kind, field)].values)
    return {Boolean: "yes or no", Integer: "a whole number", Float: "a number",
            DateTime: "a date and time (YYYY-MM-DD HH:MM)", Date: "a date (YYYY-MM-DD)",
            JSON: "JSON"}.get(type(t), "text")


#: column type -> whether a Python value is of that type
_ACCEPTS = {
    Boolean: lambda v: isinstance(v, bool),
    Integer: lambda v: isinstance(v, int) and not isinstance(v, bool),
    Float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    DateTime: lambda v: isinstance(v, datetime),
    Date: lambda v: isinstance(v, date) and not isinstance(v, datetime),
    JSON: lambda v: isinstance(v, (list, dict)),
}


def _is_text(v: Any) -> bool:
    return isinstance(v, str)


def check(kind: str, field: str, value: Any) -> Any:
    col = column(kind, field)
    t = col.type
    if value is None:
        if not col.nullable:
            raise _empty(kind, field)
        return None
    if not _ACCEPTS.get(type(t), _is_text)(value):
        raise _invalid(kind, field, value)
    if isinstance(t, Float):
        value = float(value)
    if isinstance(t, (String, Text)) and getattr(t, "length", None) and len(value) > t.length:
        k, f = _names(kind, field)
        raise ValidationError(f"{kind}.{field} is longer than {t.length} characters",
                              f"{k}的“{f}”超过了 {t.length} 个字符")
    if (kind, field) in VOCABS and value not in VOCABS[(kind, field)]:
        raise _invalid(kind, field, value)
    if (kind, field) in RANGES:
        lo, hi = RANGES[(kind, field)]
        if not lo <= value <= hi:
            k, f = _names(kind, field)
            raise ValidationError(f"{kind}.{field} must be between {lo:g} and {hi:g}, not {value!r}",
                                  f"{k}的“{f}”必须在 {lo:g} 到 {hi:g} 之间（现在是 {value!r}）")
    if isinstance(t, (String, Text)) and is_required(col) and not value.strip():
        raise _empty(kind, field)
    return value


def to_json(value: Any) -> Any:
    """A field value as JSON data (dates as ISO text)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes") if value.second == 0 and not value.microsecond else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_stored(kind: str, field: str, raw: Any) -> Any:
    """A value as SQLite stores it (what sync bundles carry) as Python."""
    if raw is None:
        return None
    t = column(kind, field).type
    if isinstance(t, Boolean):
        return bool(raw)
    if isinstance(t, DateTime):
        return datetime.fromisoformat(raw)
    if isinstance(t, Date):
        return date.fromisoformat(raw)
    if isinstance(t, JSON):
        return json.loads(raw) if isinstance(raw, str) else raw
    if isinstance(t, Float):
        return float(raw)
    return raw
