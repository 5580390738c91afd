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


def header_index(rows: list[list[str]], scan: int = 10) -> int:
    """Which of the first rows is the header row. Sheets often start with a
    title ("华东电网联系人名单") or a blank-ish line above the real headers:
    take the first row naming two or more known fields, else the first row
    with two or more cells, else the first row."""
    from planner.importers.headers import recognise

    head = rows[:scan]
    for i, values in enumerate(head):
        if sum(1 for v in values if v and recognise(v)) >= 2:
            return i
    for i, values in enumerate(head):
        if sum(1 for v in values if v.strip()) >= 2:
            return i
    return 0
