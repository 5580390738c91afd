"""Trust per person from the four dimensions of DOMAIN.md, each scored 0-1:

- frequency: contacts (done visits attended and logged contacts) in the 180
  days before the day; six or more score 1;
- professional value: visits of professional kinds (expert session,
  training, reference visit, visit to our site, demo) and contacts of the
  kind "professional" in the last year; four or more score 1;
- depth: closeness (1-5) mapped to 0-1;
- length: time since the first contact; two years or more score 1.

The trend recomputes the scores at the end of each past quarter from the
dated contacts (closeness is today's value: its history is not dated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import text

from planner.store.database import Database

PROFESSIONAL_VISITS = ("expert_session", "training", "reference_visit", "site_visit_to_us", "demo")
DIMENSIONS = ("frequency", "professional", "depth", "length")
LABELS = {"frequency": ("Frequency", "频度"), "professional": ("Professional value", "专业度"),
          "depth": ("Depth", "深度"), "length": ("Length", "长度"), "total": ("Trust", "信任度")}


def label(key: str, lang: str = "en") -> str:
    en, zh = LABELS[key]
    return zh if lang.startswith("zh") else en


@dataclass(frozen=True)
class Trust:
    on: date
    frequency: float
    professional: float
    depth: float
    length: float

    @property
    def total(self) -> float:
        """0-100: the mean of the four dimensions."""
        return round(100 * (self.frequency + self.professional + self.depth + self.length) / 4, 1)


@dataclass(frozen=True)
class Touch:
    on: date
    professional: bool


def touches(db: Database, stakeholder_id: str) -> tuple[list[Touch], int]:
    """The person's dated contacts and their closeness."""
    with db.read() as s:
        c = s.connection()
        visits = c.execute(text(
            "SELECT v.starts_at, v.kind FROM visit_attendee va JOIN visit v ON v.id = va.visit_id "
            "WHERE va.stakeholder_id = :s AND va.deleted = 0 AND v.deleted = 0 AND v.status = 'done'"),
            {"s": stakeholder_id}).all()
        logs = c.execute(text(
            "SELECT contacted_on, kind FROM contact_log WHERE stakeholder_id = :s AND deleted = 0"),
            {"s": stakeholder_id}).all()
        closeness = c.execute(text("SELECT closeness FROM stakeholder WHERE id = :s"),
                              {"s": stakeholder_id}).scalar() or 1
    out = [Touch(_day(at), kind in PROFESSIONAL_VISITS) for at, kind in visits]
    out += [Touch(_day(on), kind == "professional") for on, kind in logs]
    return sorted(out, key=lambda t: t.on), int(closeness)


def _day(v) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def score(touched: list[Touch], closeness: int, on: date) -> Trust:
    past = [t for t in touched if t.on <= on]
    recent = sum(1 for t in past if t.on > on - timedelta(days=180))
    professional = sum(1 for t in past if t.professional and t.on > on - timedelta(days=365))
    length_days = (on - past[0].on).days if past else 0
    return Trust(on, min(1.0, recent / 6), min(1.0, professional / 4),
                 (max(1, min(5, closeness)) - 1) / 4, min(1.0, length_days / 730))


def quarter_ends(today: date, quarters: int) -> list[date]:
    """The last day of each of the ``quarters`` quarters up to today's
    (today's quarter ends today), oldest first."""
    out = [today]
    q_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    for _ in range(quarters - 1):
        end = q_start - timedelta(days=1)
        out.append(end)
        q_start = date(end.year, 3 * ((end.month - 1) // 3) + 1, 1)
    return out[::-1]


def trust(db: Database, stakeholder_id: str, today: date) -> Trust:
    touched, closeness = touches(db, stakeholder_id)
    return score(touched, closeness, today)


def trend(db: Database, stakeholder_id: str, today: date, quarters: int = 8) -> list[Trust]:
    touched, closeness = touches(db, stakeholder_id)
    return [score(touched, closeness, end) for end in quarter_ends(today, quarters)]
