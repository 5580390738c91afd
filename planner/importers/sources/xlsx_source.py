"""Excel workbooks (.xlsx) through openpyxl: the first sheet with data; its
first non-empty row is the header row. Rows keep their sheet row number."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from planner.importers.table import ImportFileError, SourceRow, SourceTable, header_index


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed as numbers
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(data: bytes, name: str = "file.xlsx") -> SourceTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"{name} is not a readable Excel workbook ({exc})",
                              f"{name} 不是可读取的 Excel 工作簿（{exc}）") from None
    try:
        for sheet in book.worksheets:
            found: list[SourceRow] = []
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                values = [_text(c) for c in cells]
                if any(values):
                    found.append(SourceRow(number, values))
            if found:
                first = header_index([r.values for r in found])
                headers = found[first].values
                while headers and not headers[-1]:
                    headers.pop()
                return SourceTable(name, "xlsx", headers, found[first + 1:])
    finally:
        book.close()
    raise ImportFileError(f"{name} has no data", f"{name} 中没有数据")
