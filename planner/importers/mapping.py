"""Which column holds what: detected from the headers, or given by the user
(the mapping table in the window, ``--mapping FILE.json`` on the command
line). The JSON format::

    {
      "format": "planner-import-mapping/1",
      "columns": {"Nom": "name", "Poste": "title", "Internal code": ""},
      "account": "Acme Grid"
    }

``columns`` maps a header, exactly as in the file, to a target field (see
:data:`planner.importers.headers.TARGETS`; "" ignores the column). Headers
not listed are recognised as usual. ``account`` (optional) is the account
for rows that name none."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from planner.importers.headers import TARGETS, detect
from planner.importers.table import ImportFileError, SourceTable

FORMAT = "planner-import-mapping/1"


@dataclass
class Mapping:
    #: header -> target ("" = ignore); overrides what the header says
    columns: dict[str, str] = field(default_factory=dict)
    account: str = ""
    #: a target per column, by position (the window's mapping table; two
    #: columns may share a header); not saved in the JSON
    fixed: list[str] | None = None

    def targets(self, table: SourceTable) -> list[str]:
        """A target per column of ``table``; a target claimed twice keeps
        the left-most column."""
        if self.fixed is not None and len(self.fixed) == len(table.headers):
            out = list(self.fixed)
        else:
            out = detect(table.headers)
            for i, header in enumerate(table.headers):
                if header in self.columns:
                    out[i] = self.columns[header]
        seen: set[str] = set()
        for i, target in enumerate(out):
            if target in seen:
                out[i] = ""
            elif target:
                seen.add(target)
        return out

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "columns": self.columns, "account": self.account},
                          ensure_ascii=False, indent=1)

    @classmethod
    def from_targets(cls, table: SourceTable, targets: list[str], account: str = "") -> "Mapping":
        return cls(dict(zip(table.headers, targets)), account, list(targets))


def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ImportFileError(f"cannot read the mapping {path.name}: {exc.strerror or exc}",
                              f"无法读取映射文件 {path.name}：{exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"the mapping {path.name} is not valid JSON (line {exc.lineno})",
                              f"映射文件 {path.name} 不是有效的 JSON（第 {exc.lineno} 行）") from None
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict):
        raise ImportFileError(f"the mapping {path.name} needs a \"columns\" object",
                              f"映射文件 {path.name} 缺少 \"columns\" 对象")
    for header, target in columns.items():
        if target not in TARGETS and target not in ("", None, "ignore"):
            raise ImportFileError(
                f"the mapping {path.name}: column {header!r} -> unknown field {target!r}; "
                f"fields: {', '.join(TARGETS)}",
                f"映射文件 {path.name}：列 {header!r} 对应未知字段 {target!r}；可用字段：{', '.join(TARGETS)}")
    cleaned = {str(h): ("" if t in (None, "ignore") else t) for h, t in columns.items()}
    return Mapping(cleaned, str(data.get("account") or ""))
