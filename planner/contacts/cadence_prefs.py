"""The cadence defaults the rep chose in Preferences, kept in the
application's settings (QSettings, QtCore only): the window writes them and
every reader, the command line included, takes the same ones, so
``planner thisweek`` and the window's This week agree."""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QSettings

from planner import APP_ID
from planner.contacts.cadence import CadenceDefaults


def _settings() -> QSettings:
    return QSettings(APP_ID, APP_ID)  # the same store as the window's settings (ui/settings.py)


def load() -> CadenceDefaults:
    s = _settings()
    base = CadenceDefaults()
    values = {}
    for key, default in asdict(base).items():
        try:
            values[key] = max(1, int(s.value(f"cadence/{key}", default)))
        except (TypeError, ValueError):
            values[key] = default
    return replace(base, **values)


def save(defaults: CadenceDefaults) -> None:
    s = _settings()
    for key, value in asdict(defaults).items():
        s.setValue(f"cadence/{key}", int(value))
    s.sync()
