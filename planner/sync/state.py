"""What this device knows: for each device, the newest clock stamp it has
seen from it (a version vector of stamps). Kept in ``local_state``; the
own device's entry is its clock. Teammates' knowledge comes from the
manifests of their bundles and decides what a delta bundle must carry."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.models import SyncPeer
from planner.services.clock import CLOCK_KEY, device_id, local_value, set_local_value

KNOWLEDGE_KEY = "sync_knowledge"


def device_of(stamp: str) -> str:
    return stamp.split(".", 2)[2]


def knowledge(session: Session) -> dict[str, str]:
    known: dict[str, str] = json.loads(local_value(session, KNOWLEDGE_KEY) or "{}")
    me = device_id(session)
    clock = local_value(session, CLOCK_KEY)
    if clock is not None:
        known[me] = max(known.get(me, ""), clock)
    return known


def save_knowledge(session: Session, known: dict[str, str]) -> None:
    set_local_value(session, KNOWLEDGE_KEY, json.dumps(known, sort_keys=True))


def merge_knowledge(a: dict[str, str], b: dict[str, Any]) -> dict[str, str]:
    out = dict(a)
    for dev, stamp in b.items():
        if stamp > out.get(dev, ""):
            out[dev] = stamp
    return out


def delta_baseline(session: Session) -> dict[str, str] | None:
    """What every known teammate is known to have (the per-device minimum
    over peers); None when no teammate is known yet (send everything)."""
    peers = session.scalars(select(SyncPeer)).all()
    if not peers:
        return None
    devices = set().union(*(p.knowledge.keys() for p in peers))
    baseline = {}
    for dev in devices:
        stamps = [p.knowledge.get(dev, "") for p in peers]
        if all(stamps):
            baseline[dev] = min(stamps)
    return baseline


def knowledge_after(mine: dict[str, str], manifest: dict[str, Any]) -> dict[str, str]:
    """What the receiver knows after importing a bundle. The sender's
    knowledge only transfers when the bundle plus what the receiver already
    had covers it: a full bundle of everything, or a delta whose baseline
    (what it leaves out) the receiver already has. A bundle of some accounts
    never does, or the receiver would claim data it was never sent and
    teammates would stop sending it."""
    if manifest.get("scope", "all") != "all":
        return dict(mine)
    baseline = manifest.get("baseline")
    if not manifest.get("full") and (not isinstance(baseline, dict) or any(
            mine.get(dev, "") < stamp for dev, stamp in baseline.items())):
        return dict(mine)
    return merge_knowledge(mine, manifest["knowledge"])
