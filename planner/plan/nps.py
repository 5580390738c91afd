"""Net promoter score: promoters answer 9-10, passives 7-8, detractors 0-6;
NPS = % promoters − % detractors (−100 … +100). An account's NPS counts each
contact's latest answer once, so a keen contact asked often cannot tip it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable

from sqlalchemy import select

from planner.models import NpsScore, Stakeholder
from planner.services.records import as_dict
from planner.store.database import Database


def _order(r: dict[str, Any]) -> tuple:
    """By day; answers of the same day in the order they were recorded
    (``recorded``: the clock stamp of the record's creation)."""
    return (r["scored_on"], r.get("recorded", ""), r["id"])


def category(score: int) -> str:
    if not 0 <= score <= 10:
        raise ValueError(f"an NPS answer is 0-10, not {score}")
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


@dataclass(frozen=True)
class Nps:
    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def value(self) -> float | None:
        """% promoters − % detractors, or None without answers."""
        if not self.answers:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.answers


def nps(scores: Iterable[int]) -> Nps:
    cats = [category(s) for s in scores]
    return Nps(cats.count("promoter"), cats.count("passive"), cats.count("detractor"))


def latest_per_contact(rows: Iterable[dict[str, Any]], as_of: date | None = None,
                       since: date | None = None) -> dict[str, dict[str, Any]]:
    """Each contact's latest answer on or before ``as_of`` (and on or after
    ``since``)."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        if as_of is not None and r["scored_on"] > as_of:
            continue
        if since is not None and r["scored_on"] < since:
            continue
        best = out.get(r["stakeholder_id"])
        if best is None or _order(r) > _order(best):
            out[r["stakeholder_id"]] = r
    return out


def account_nps(rows: list[dict[str, Any]], as_of: date, window_days: int = 365) -> Nps:
    """The NPS of each contact's latest answer in the year up to ``as_of``."""
    latest = latest_per_contact(rows, as_of, as_of - timedelta(days=window_days))
    return nps(r["score"] for r in latest.values())


def trend(rows: list[dict[str, Any]], today: date, back_days: int = 180) -> tuple[Nps, Nps]:
    """(NPS now, NPS as it stood ``back_days`` ago)."""
    return account_nps(rows, today), account_nps(rows, today - timedelta(days=back_days))


def scores(db: Database, account_id: str) -> list[dict[str, Any]]:
    """All live answers of the account's people, oldest first, with
    ``stakeholder_name``."""
    with db.read() as s:
        q = (select(NpsScore, Stakeholder.name).join(Stakeholder, Stakeholder.id == NpsScore.stakeholder_id)
             .where(Stakeholder.account_id == account_id, Stakeholder.deleted.is_(False),
                    NpsScore.deleted.is_(False)))
        out = [as_dict(n) | {"stakeholder_name": name, "recorded": n.clocks.get("stakeholder_id", "")}
               for n, name in s.execute(q)]
    return sorted(out, key=_order)


def history_by_contact(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """stakeholder id -> their answers, oldest first (the per-contact trend)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(rows, key=_order):
        out.setdefault(r["stakeholder_id"], []).append(r)
    return out
