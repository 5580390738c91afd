"""Shared wording about people for several sections."""

from __future__ import annotations

from planner import vocab
from planner.reports.wording import day, v, w
from planner.text.sortkey import name_sort_key, sort_key


def attitude(p: dict, lang: str, value: str | None = None, confidence: str | None = None) -> str:
    value = value if value is not None else p.get("attitude", "unknown")
    confidence = confidence if confidence is not None else p.get("attitude_confidence", "")
    if not value:
        return "—"
    return v("attitude", value, lang) + (w("unconfirmed_mark", lang) if confidence == "unconfirmed" else "")


def roles_of(data, lang: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    order = vocab.BUYING_ROLE.values
    for chain in data.chains.values():
        for r in chain["roles"]:
            for h in r["holders"]:
                label = v("buying_role", r["role"], lang)
                if label not in out.setdefault(h["id"], []):
                    out[h["id"]].append(label)
    return {pid: sorted(labels, key=lambda x: order.index(x) if x in order else 0)
            for pid, labels in out.items()}


def cadence_status(data, pid: str, lang: str) -> str:
    overdue = data.extra.get("_overdue")
    if overdue is None:
        overdue = data.extra["_overdue"] = {o["id"]: o for o in data.insights["overdue_contacts"]}
    if pid in overdue:
        o = overdue[pid]
        return w("cad_never", lang) if o["days_since"] is None else w("cad_overdue", lang, d=o["overdue_days"])
    cadence = data.insights.get("cadence", {}).get(pid)
    if cadence:
        return f'{w("cad_ok", lang)} · {w("every_days", lang, d=cadence["cadence_days"])}'
    return w("cad_none", lang)


def last_contact(data, pid: str, lang: str) -> str:
    seen = data.last_contact.get(pid)
    return day(seen) if seen else w("never", lang)


def ordered_people(data) -> list[dict]:
    return sorted(data.people.values(), key=lambda p: (
        sort_key(p.get("department_name") or "\uffff"), -(p.get("importance") or 0), name_sort_key(p["name"])))
