"""What every source becomes: headers and rows of text, each row with the
line (or sheet row) it came from, so problems can name it."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.services.errors import ServiceError


class ImportFileError(ServiceError):
    """The file cannot be read at all; ``str()`` is one English line,
    ``zh`` the same in Chinese."""

    def __init__(self, en: str, zh: str = "") -> None:
        super().__init__(en)
        self.zh = zh or en

    def text(self, lang: str = "en") -> str:
        return self.zh if lang.startswith("zh") else str(self)


@dataclass
class SourceRow:
    line: int            # 1-based line (CSV), sheet row (Excel) or BEGIN line (vCard)
    values: list[str]


@dataclass
class SourceTable:
    name: str                        # file name, for messages
    kind: str                        # "csv", "xlsx" or "vcard"
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str = ""               # what the text was decoded as (CSV, vCard)

    def column(self, index: int, limit: int | None = None) -> list[str]:
        """Values of one column (for samples in the mapping table)."""
        rows = self.rows if limit is None else self.rows[:limit]
        return [r.values[index] if index < len(r.values) else "" for r in rows]
