"""Cadence defaults kept in the preferences (QSettings)."""

from __future__ import annotations

from dataclasses import asdict, replace

from planner.contacts.cadence import CadenceDefaults
from ui import settings


def load() -> CadenceDefaults:
    s = settings.settings()
    base = CadenceDefaults()
    values = {}
    for key, default in asdict(base).items():
        try:
            values[key] = max(1, int(s.value(f"cadence/{key}", default)))
        except (TypeError, ValueError):
            values[key] = default
    return replace(base, **values)


def save(defaults: CadenceDefaults) -> None:
    s = settings.settings()
    for key, value in asdict(defaults).items():
        s.setValue(f"cadence/{key}", int(value))
