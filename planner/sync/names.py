"""Who is behind a device: the name each laptop's owner gives (Preferences,
or ``planner sync name``). Bundles carry the names their sender knows, and
the receiver remembers them, so previews and conflict lists say 陈晓
instead of 6e3b75dfa070. Names are local labels, not shared records: they
never change data and a missing name only means the device code is shown."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from sqlalchemy.orm import Session

from planner.services.clock import device_id, local_value, set_local_value
from planner.services.errors import ValidationError
from planner.store.database import Database

OWN_KEY = "sync_own_name"
PEERS_KEY = "sync_peer_names"
MAX_NAME = 60
MAX_NAMES = 1000  # a manifest naming more devices than this is refused
DEVICE = re.compile(r"[0-9A-Za-z_-]{1,40}")


def clean(name: Any) -> str | None:
    """The name as stored (trimmed), or None when it cannot be one: not
    text, longer than MAX_NAME, or holding control characters."""
    if not isinstance(name, str):
        return None
    name = " ".join(name.split())
    if len(name) > MAX_NAME or any(unicodedata.category(ch).startswith("C") for ch in name):
        return None
    return name


def own_name(session: Session) -> str:
    return local_value(session, OWN_KEY) or ""


def set_own_name(session: Session, name: str) -> str:
    cleaned = clean(name)
    if cleaned is None:
        raise ValidationError(f"a name has at most {MAX_NAME} characters and no control characters")
    device_id(session)  # the name belongs to this laptop's device
    set_local_value(session, OWN_KEY, cleaned)
    return cleaned


def known_names(session: Session) -> dict[str, str]:
    """Device -> name for every device with a name, this one included."""
    names = json.loads(local_value(session, PEERS_KEY) or "{}")
    mine = own_name(session)
    if mine:
        names[device_id(session)] = mine
    return names


def remember(session: Session, sender: str, names: dict[str, str]) -> None:
    """Keep the names a bundle brought: the sender's own name always (it may
    have changed); names it relays only for devices not named yet."""
    me = device_id(session)
    stored = json.loads(local_value(session, PEERS_KEY) or "{}")
    for device, name in names.items():
        if device != me and name and (device == sender or device not in stored):
            stored[device] = name
    set_local_value(session, PEERS_KEY, json.dumps(stored, ensure_ascii=False, sort_keys=True))


def names_of(db: Database) -> dict[str, str]:
    with db.read() as s:
        return known_names(s)


def who(device: str, names: dict[str, str]) -> str:
    """How to show a device: its owner's name with the code, or the code."""
    name = names.get(device)
    return f"{name} ({device})" if name else device
