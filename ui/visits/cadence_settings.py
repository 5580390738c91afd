"""Cadence defaults kept in the preferences (QSettings). Loading or saving
them also installs them as the defaults the core uses everywhere
(:func:`planner.contacts.cadence.set_defaults`): This week, the map, its
insights and the PDF plan then agree."""

from __future__ import annotations

from dataclasses import asdict, replace

from planner.contacts.cadence import CadenceDefaults, set_defaults
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
    defaults = replace(base, **values)
    set_defaults(defaults)
    return defaults


def save(defaults: CadenceDefaults) -> None:
    s = settings.settings()
    for key, value in asdict(defaults).items():
        s.setValue(f"cadence/{key}", int(value))
    set_defaults(defaults)
