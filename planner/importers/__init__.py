"""Bringing in contacts and org charts reps already have (CSV, Excel, vCard),
and exporting an account's people the other way.

The flow: :func:`read_source` reads a file into a :class:`SourceTable`;
:mod:`headers` recognises its columns (or a :mod:`mapping` says what they
are); :mod:`plan` previews what would be created, updated or skipped;
:mod:`apply` writes the plan in one transaction. :mod:`export` writes CSV
and vCard."""

from __future__ import annotations

from pathlib import Path

from planner.importers.table import ImportFileError, SourceRow, SourceTable

__all__ = ["ImportFileError", "SourceRow", "SourceTable", "read_source"]


def read_source(path: str | Path) -> SourceTable:
    """Read a contacts file by its extension (.csv/.txt, .xlsx, .vcf/.vcard).
    Raises :class:`ImportFileError` with one clear line when it cannot."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"cannot read {path.name}: {exc.strerror or exc}",
                              f"无法读取 {path.name}：{exc.strerror or exc}") from None
    if suffix in (".vcf", ".vcard"):
        from planner.importers.vcard import read_vcards

        return read_vcards(data, path.name)
    if suffix in (".xlsx", ".xlsm"):
        from planner.importers.sources.xlsx_source import read_xlsx

        return read_xlsx(data, path.name)
    from planner.importers.sources.csv_source import read_csv

    if data.lstrip()[:11].upper() == b"BEGIN:VCARD":
        from planner.importers.vcard import read_vcards

        return read_vcards(data, path.name)
    return read_csv(data, path.name)
