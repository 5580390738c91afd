"""Cadence defaults kept in the preferences (the core's
:mod:`planner.contacts.cadence_prefs`, so the command line reads the same).
Loading or saving them also installs them as the defaults the core uses
everywhere: This week, the map, its insights and the PDF plan then agree."""

from __future__ import annotations

from planner.contacts import cadence_prefs
from planner.contacts.cadence import CadenceDefaults, set_defaults


def load() -> CadenceDefaults:
    defaults = cadence_prefs.load()
    set_defaults(defaults)
    return defaults


def save(defaults: CadenceDefaults) -> None:
    cadence_prefs.save(defaults)
    set_defaults(defaults)
