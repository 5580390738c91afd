"""CSV (and tab-separated text) into a :class:`SourceTable`.

The delimiter is sniffed among comma, semicolon (European Excel) and tab;
each row keeps the line it starts on (quoted fields may span lines)."""

from __future__ import annotations

import csv
import io

from planner.importers.sources.decode import decode
from planner.importers.table import ImportFileError, SourceRow, SourceTable


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(data: bytes, name: str = "file.csv") -> SourceTable:
    text, encoding = decode(data, name)
    if not text.strip():
        raise ImportFileError(f"{name} is empty", f"{name} 是空文件")
    first = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    headers: list[str] | None = None
    rows: list[SourceRow] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            if not any(v.strip() for v in values):
                continue
            if headers is None:
                headers = [v.strip() for v in values]
                continue
            rows.append(SourceRow(start, [v.strip() for v in values]))
    except csv.Error as exc:
        raise ImportFileError(f"{name}, line {reader.line_num}: broken CSV ({exc})",
                              f"{name} 第 {reader.line_num} 行：CSV 格式错误（{exc}）") from None
    if headers is None:
        raise ImportFileError(f"{name} has no header row", f"{name} 没有表头行")
    return SourceTable(name, "csv", headers, rows, encoding)
