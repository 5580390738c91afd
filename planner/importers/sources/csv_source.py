"""CSV (and tab-separated text) into a :class:`SourceTable`.

The delimiter is sniffed among comma, semicolon (European Excel) and tab;
each row keeps the line it starts on (quoted fields may span lines)."""

from __future__ import annotations

import csv
import io

from planner.importers.sources.decode import decode
from planner.importers.table import ImportFileError, SourceRow, SourceTable, header_index


def _delimiter(head: str) -> str:
    counts = {d: head.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_csv(data: bytes, name: str = "file.csv") -> SourceTable:
    text, encoding = decode(data, name)
    if not text.strip():
        raise ImportFileError(f"{name} is empty", f"{name} 是空文件")
    head = "\n".join(text.lstrip("\r\n").split("\n", 6)[:6])  # a title line may come first
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(head), strict=True)
    found: list[SourceRow] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            if any(v.strip() for v in values):
                found.append(SourceRow(start, [v.strip() for v in values]))
    except csv.Error as exc:
        raise ImportFileError(f"{name}, line {reader.line_num}: broken CSV ({exc})",
                              f"{name} 第 {reader.line_num} 行：CSV 格式错误（{exc}）") from None
    if not found:
        raise ImportFileError(f"{name} has no header row", f"{name} 没有表头行")
    first = header_index([r.values for r in found])
    headers, rows = found[first].values, found[first + 1:]
    return SourceTable(name, "csv", headers, rows, encoding)
