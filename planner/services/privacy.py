"""What never leaves this laptop.

One rule, used by ``planner dump --shared``, sync bundles and (unless the
user asks) PDF exports:
- notes marked private are left out whole;
- a visit's notes are left out when the visit's notes are marked private;
- a stakeholder's fields named in ``private_fields`` are left out with
  their companions (where the rep heard it, ``<field>_source``, and how sure
  it is, ``<field>_confidence``); so are fields that are always local
  (private notes) and the list of marks itself.
"""

from __future__ import annotations

import functools
from typing import Any

from planner.services import kinds


def shared_view(kind: str, record: dict[str, Any]) -> dict[str, Any] | None:
    """The part of a record a teammate may receive, or None for nothing."""
    if kind == "note" and record.get("private"):
        return None
    out = dict(record)
    if kind == "visit" and record.get("notes_private"):
        out.pop("notes", None)
    model = kinds.model_for(kind)
    hidden = set(model.local_only_fields)
    if kind == "stakeholder":
        for f in record.get("private_fields") or ():
            hidden.add(f)
            hidden.update(companions(kind, f))
        hidden.add("private_fields")
    for f in hidden:
        out.pop(f, None)
    return out


def companions(kind: str, field: str) -> tuple[str, ...]:
    """The columns that describe ``field``: its source and confidence."""
    return _companions(kind).get(field, ())


@functools.cache
def _companions(kind: str) -> dict[str, tuple[str, ...]]:
    names = set(kinds.model_for(kind).data_fields())
    return {f: tuple(c for c in (f"{f}_source", f"{f}_confidence") if c in names) for f in names}


def private_field_names(kind: str) -> frozenset[str]:
    return kinds.model_for(kind).local_only_fields
