"""What the user chose for one report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class ReportOptions:
    include_private: bool = False
    #: visits shown in full in "recent visits"
    max_visits: int = 12
    #: key-people profiles shown at most
    max_profiles: int = 16
    #: called with (fraction 0-1, step text) while the report is built
    progress: Callable[[float, str], None] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def report(self, fraction: float, step: str) -> None:
        if self.progress is not None:
            self.progress(fraction, step)
