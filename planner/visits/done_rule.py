"""A visit can be marked done only once it has happened: a done visit resets
the contact clock of everyone who attended, so a future one marked done would
hide people who are overdue. The record rules (:mod:`planner.services.rules`)
apply this to every write, from the GUI and the command line alike."""

from __future__ import annotations

from datetime import date, datetime

from planner.services.errors import ValidationError


class NotHappenedYet(ValidationError):
    """``str()`` is the English text; ``zh`` the Chinese one."""

    def __init__(self, day: date, today: date) -> None:
        self.day, self.today = day, today
        self.en = (f"visit: a visit on {day.isoformat()} has not happened yet (today is "
                   f"{today.isoformat()}); it cannot be marked done. Move its date to today "
                   "or earlier, or leave it planned")
        self.zh = (f"拜访：{day.isoformat()} 的拜访尚未发生（今天是 {today.isoformat()}），"
                   "不能标记为已完成。请把日期改为今天或更早，或保持“计划中”")
        super().__init__(self.en, self.zh)


def is_future(starts_at: datetime | date | None, today: date | None = None) -> bool:
    """Whether a visit starting then is on a later day than ``today``."""
    if starts_at is None:
        return False
    day = starts_at.date() if isinstance(starts_at, datetime) else starts_at
    return day > (today or date.today())


def check_done(status: str | None, starts_at: datetime | date | None, today: date | None = None) -> None:
    """Refuse a done visit whose day is still to come."""
    today = today or date.today()
    if status == "done" and is_future(starts_at, today):
        day = starts_at.date() if isinstance(starts_at, datetime) else starts_at
        raise NotHappenedYet(day, today)
