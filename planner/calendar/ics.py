"""Planned visits as an iCalendar file (RFC 5545) for Outlook and others.

One VEVENT per planned visit: UID = the visit's id (re-importing updates
the event instead of doubling it), times in UTC (the visit's local time
converted with this computer's time zone: every calendar shows it at the
right hour without a VTIMEZONE block), SUMMARY = account and purpose,
LOCATION, DESCRIPTION (purpose, questions, attendees). Text is escaped and
lines are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from planner import APP_NAME, __version__
from planner.models import Account, Stakeholder, Visit, VisitAttendee
from planner.store.database import Database

DEFAULT_LENGTH = timedelta(hours=1)
_WORDS = {
    "purpose": ("Purpose", "目的"), "objective": ("Objective", "目标"),
    "questions": ("Questions to ask", "要问的问题"), "attendees": ("Attendees", "参加人"),
    "ours": ("our side", "我方"),
}


def _word(key: str, lang: str) -> str:
    pair = _WORDS[key]
    return pair[1] if lang.startswith("zh") else pair[0]


@dataclass
class Event:
    uid: str
    starts: datetime            # naive local time, as stored
    ends: datetime | None
    summary: str
    location: str = ""
    description: str = ""
    attendees: list[str] = field(default_factory=list)


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into chunks of at most ``limit`` octets (the
    continuation's leading space counts), never inside a character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def utc(local: datetime) -> str:
    """A naive local time as an iCalendar UTC time (``...Z``)."""
    aware = local.astimezone() if local.tzinfo is None else local
    return aware.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def planned_visits(db: Database, account_id: str | None = None, since: datetime | None = None,
                   lang: str = "en") -> list[Event]:
    """Planned, live visits (from ``since`` on, if given), earliest first."""
    with db.read() as s:
        q = (select(Visit, Account.name).join(Account, Account.id == Visit.account_id)
             .where(Visit.deleted.is_(False), Visit.status == "planned", Account.deleted.is_(False)))
        if account_id:
            q = q.where(Visit.account_id == account_id)
        if since is not None:
            q = q.where(Visit.starts_at >= since)
        rows = s.execute(q.order_by(Visit.starts_at)).all()
        people: dict[str, list[str]] = {}
        ids = [v.id for v, _ in rows]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = (select(VisitAttendee.visit_id, Stakeholder.name, Stakeholder.title, VisitAttendee.our_person)
                 .outerjoin(Stakeholder, Stakeholder.id == VisitAttendee.stakeholder_id)
                 .where(VisitAttendee.visit_id.in_(chunk), VisitAttendee.deleted.is_(False)))
            for visit_id, name, title, ours in s.execute(q):
                if name:
                    label = f"{name} ({title})" if title else name
                elif ours:
                    label = f"{ours} ({_word('ours', lang)})"
                else:
                    continue
                people.setdefault(visit_id, []).append(label)
        events = []
        for visit, account in rows:
            objective = getattr(visit, "objective", "") or ""
            lines = [f"{_word('purpose', lang)}: {visit.purpose}" if visit.purpose else "",
                     f"{_word('objective', lang)}: {objective}" if objective else "",
                     f"{_word('questions', lang)}: {visit.questions}" if visit.questions else ""]
            attendees = people.get(visit.id, [])
            if attendees:
                lines.append(f"{_word('attendees', lang)}: " + ", ".join(attendees))
            summary = f"{account}: {visit.purpose}" if visit.purpose else account
            events.append(Event(visit.id, visit.starts_at, visit.ends_at, summary, visit.place or "",
                                "\n".join(x for x in lines if x), attendees))
    return events


def to_ics(events: list[Event], now: datetime | None = None) -> str:
    stamp = utc(now or datetime.now(timezone.utc))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{APP_NAME}//{__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for e in events:
        ends = e.ends if e.ends and e.ends > e.starts else e.starts + DEFAULT_LENGTH
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}", f"DTSTART:{utc(e.starts)}",
                  f"DTEND:{utc(ends)}", f"SUMMARY:{escape(e.summary)}"]
        if e.location:
            lines.append(f"LOCATION:{escape(e.location)}")
        if e.description:
            lines.append(f"DESCRIPTION:{escape(e.description)}")
        lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_ics(db: Database, path: str | Path, account_id: str | None = None, include_past: bool = False,
               lang: str = "en") -> int:
    """Write the planned visits (from today on, unless ``include_past``) to
    ``path``; returns how many. The file is replaced whole (written aside first)."""
    since = None if include_past else datetime.combine(datetime.now().date(), datetime.min.time())
    events = planned_visits(db, account_id, since, lang)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(to_ics(events).encode("utf-8"))
    tmp.replace(path)
    return len(events)
