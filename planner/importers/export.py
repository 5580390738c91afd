"""An account's people out again, so data is never trapped: CSV (UTF-8 with
a BOM, so Excel shows Chinese right; headers the importer recognises) and
vCard 4.0. Fields the rep marked private are left out (they never leave
the laptop), and so are people who left unless asked."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner.importers.table import ImportFileError
from planner.importers.vcard import _CONTROL, to_vcard
from planner.models import Account, Relationship
from planner.services.privacy import shared_view
from planner.services.queries import stakeholders
from planner.store.database import Database

#: (header, field) of the CSV; headers are recognised by :mod:`headers`
CSV_COLUMNS = (
    ("Name", "name"), ("Pinyin", "name_romanised"), ("Title", "title"),
    ("Department", "department"), ("Mobile", "mobile"), ("Phone", "phone"),
    ("E-mail", "email"), ("WeChat", "wechat"), ("Address", "address"),
    ("Reports to", "manager"), ("Account", "account"),
)


def contacts(db: Database, account_id: str, include_left: bool = False) -> list[dict[str, Any]]:
    """The account's people as flat text fields, sorted by name (pinyin order)."""
    from planner.text.sortkey import name_sort_key

    with db.read() as s:
        account = s.get(Account, account_id)
        if account is None or account.deleted:
            raise ImportFileError(f"no account with id {account_id}", f"没有编号为 {account_id} 的客户")
        account_name = account.name
        lines = s.execute(select(Relationship.source_id, Relationship.target_id).where(
            Relationship.account_id == account_id, Relationship.kind == "reports_to",
            Relationship.deleted.is_(False)).order_by(Relationship.id)).all()
    people = stakeholders(db, account_id)
    names = {p["id"]: p["name"] for p in people}
    manager: dict[str, str] = {}
    for src, tgt in lines:
        manager.setdefault(src, names.get(tgt, ""))
    out = []
    for p in people:
        if p["status"] == "left" and not include_left:
            continue
        shared = shared_view("stakeholder", p) or {}
        row = {f: _CONTROL.sub("", str(shared.get(f) or "")) for _, f in CSV_COLUMNS}
        row["department"] = p["department_name"] if "department_id" in shared else ""
        row["manager"] = manager.get(p["id"], "")
        row["account"] = account_name
        out.append(row)
    out.sort(key=lambda r: name_sort_key(r["name"]))
    return out


def csv_text(people: list[dict[str, Any]]) -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([h for h, _ in CSV_COLUMNS])
    for p in people:
        writer.writerow([p.get(f, "") for _, f in CSV_COLUMNS])
    return buf.getvalue()


def vcard_text(people: list[dict[str, Any]]) -> str:
    return "".join(to_vcard(p) for p in people)


def export_contacts(db: Database, account_id: str, path: str | Path, include_left: bool = False) -> int:
    """Write ``path`` (.csv or .vcf, by its extension); returns how many people."""
    path = Path(path)
    people = contacts(db, account_id, include_left)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = ("\ufeff" + csv_text(people)).encode("utf-8")
    elif suffix in (".vcf", ".vcard"):
        data = vcard_text(people).encode("utf-8")
    else:
        raise ImportFileError(f"{path.name}: write a .csv or a .vcf file",
                              f"{path.name}：请导出为 .csv 或 .vcf 文件")
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(people)
