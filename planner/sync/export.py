"""Writing a sync bundle: the field states teammates are not known to have
(or all with ``full``), private data left out, streamed to a temporary
file, optionally encrypted, then renamed into place."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from planner.models import SyncBundle
from planner.services import kinds
from planner.services.clock import device_id
from planner.services.privacy import shared_view
from planner.store import migrations
from planner.store.database import Database
from planner.sync import format as fmt
from planner.sync.crypto import encrypt_file
from planner.sync.errors import BundleError
from planner.sync.scope import rows_in_scope
from planner.sync.state import delta_baseline, knowledge

Progress = Callable[[int], None]


@dataclass
class ExportReport:
    path: Path
    bundle_id: str
    records: int = 0
    fields: int = 0
    full: bool = False
    encrypted: bool = False
    by_kind: dict[str, int] = field(default_factory=dict)


def _private_view(kind: str, row: dict[str, Any]) -> dict[str, Any] | None:
    view = dict(row)
    if kind == "stakeholder":
        try:
            view["private_fields"] = json.loads(row.get("private_fields") or "[]")
        except json.JSONDecodeError:
            view["private_fields"] = []
    shared = shared_view(kind, view)
    if shared is None:
        return None
    return {k: row[k] for k in shared}


PRIVATE_KINDS = frozenset({"stakeholder", "note", "visit"})
#: the field that says what of a record is private: when it changes, what
#: was held back may now be shared, so the whole shared view travels again
PRIVACY_MARK = {"stakeholder": "private_fields", "note": "private", "visit": "notes_private"}
_DEVICE_AT = 19  # a stamp is "WWWWWWWWWWWWW.CCCC.DEVICE" (see sync/hlc.py)


def changed_rows(conn: sqlite3.Connection, baseline: dict[str, str]) -> dict[str, set[str]]:
    """Rows with a field newer than what teammates have, from the change log
    (every local write and every import is logged there)."""
    floor = min(baseline.values()) if baseline else ""
    known = sorted(baseline)
    out: dict[str, set[str]] = {}
    for table, row_id, stamp in conn.execute(
            "SELECT table_name, row_id, stamp FROM change_log WHERE stamp > ? "
            f"OR device NOT IN ({','.join('?' * len(known))})", (floor, *known)):
        if stamp > baseline.get(stamp[_DEVICE_AT:], ""):
            out.setdefault(table, set()).add(row_id)
    return out


def _rows(conn: sqlite3.Connection, kind: str, cols: list[str], ids: set[str] | None) -> Iterator[tuple]:
    select = f"SELECT {', '.join(cols)} FROM {kind}"
    if ids is None:
        yield from conn.execute(select + " ORDER BY id")
        return
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        yield from conn.execute(select + f" WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)


def _changes(conn: sqlite3.Connection, baseline: dict[str, str] | None,
             scope: dict[str, set[str]] | None, report: ExportReport) -> Iterator[bytes]:
    candidates = changed_rows(conn, baseline) if baseline is not None else None
    for kind, model in kinds.MODELS.items():
        fields = model.data_fields()
        cols = ["id", "clocks", "deleted", *fields]
        ids = None if candidates is None else candidates.get(kind, set())
        if ids is not None and scope is not None:
            ids &= scope[kind]
        if ids is not None and not ids:
            continue
        private = kind in PRIVATE_KINDS
        for values in _rows(conn, kind, cols, ids):
            row_id = values[0]
            if scope is not None and row_id not in scope[kind]:
                continue
            clocks = json.loads(values[1])
            prevs = clocks.get("_prev", {})
            # tombstones travel whole (a recipient who never saw the row must
            # keep it, deleted, so an older copy cannot bring it back)
            if private:
                data = _private_view(kind, dict(zip(fields, values[3:])))
                if data is None:
                    continue
            else:
                data = dict(zip(fields, values[3:]))
            data["deleted"] = values[2]
            floor = baseline
            mark = clocks.get(PRIVACY_MARK.get(kind, ""))
            if baseline is not None and mark and mark > baseline.get(mark[_DEVICE_AT:], ""):
                floor = None
            out = {}
            for f, value in data.items():
                stamp = clocks.get(f)
                if stamp is None or (floor is not None and stamp <= floor.get(stamp[_DEVICE_AT:], "")):
                    continue
                prev = prevs.get(f)
                out[f] = [value, stamp, prev] if prev else [value, stamp]
            if out:
                report.records += 1
                report.fields += len(out)
                report.by_kind[kind] = report.by_kind.get(kind, 0) + 1
                yield json.dumps({"t": kind, "id": row_id, "f": out},
                                 ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def export_bundle(db: Database, dest: Path, accounts: set[str] | None = None, full: bool = False,
                  passphrase: str | None = None, progress: Progress | None = None) -> ExportReport:
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise BundleError(f"the folder {dest.parent} does not exist")
    with db.write() as session:  # write: a new database gets its device id now
        me = device_id(session)
        known = knowledge(session)
        baseline = None if full else delta_baseline(session)
    report = ExportReport(dest, str(uuid.uuid4()), full=full or baseline is None,
                          encrypted=bool(passphrase))
    conn = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    tmp_zip = tmp_out = None
    try:
        conn.execute("BEGIN")  # one consistent snapshot
        scope = rows_in_scope(conn, accounts) if accounts else None
        # an unencrypted working copy stays in the local temporary folder;
        # only the finished bundle goes to the destination (a USB stick?)
        fd, name = tempfile.mkstemp(prefix="planner-export-", suffix=".zip",
                                    dir=None if passphrase else dest.parent)
        os.close(fd)
        tmp_zip = Path(name)
        members = []
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            lines: list[bytes] = []

            def flush() -> None:
                if not lines:
                    return
                data = b"".join(lines)
                member = fmt.member_name(len(members) + 1)
                zf.writestr(member, data)
                members.append({"name": member, "sha256": hashlib.sha256(data).hexdigest(),
                                "bytes": len(data), "records": len(lines)})
                lines.clear()
                if progress:
                    progress(report.fields)

            for line in _changes(conn, baseline, scope, report):
                lines.append(line)
                if len(lines) >= fmt.LINES_PER_MEMBER:
                    flush()
            flush()
            manifest = {
                "format": fmt.FORMAT, "format_version": fmt.FORMAT_VERSION,
                "schema_version": migrations.latest_version(), "bundle_id": report.bundle_id,
                "device": me, "created_at": datetime.now().isoformat(timespec="seconds"),
                "knowledge": known, "full": report.full,
                # what the bundle leaves out (the receiver may take the
                # sender's knowledge only if it has at least this much)
                "baseline": None if report.full else baseline,
                "scope": sorted(accounts) if accounts else "all",
                "members": members, "records": report.records, "fields": report.fields,
            }
            zf.writestr(fmt.MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        final = tmp_zip
        if passphrase:
            fd, name = tempfile.mkstemp(prefix=".bundle-", suffix=".enc", dir=dest.parent)
            tmp_out = Path(name)
            with os.fdopen(fd, "wb") as out:
                encrypt_file(tmp_zip, out, passphrase)
            final = tmp_out
        os.replace(final, dest)
    except OSError as exc:
        raise BundleError(f"cannot write {dest}: {exc.strerror or exc}") from None
    finally:
        conn.close()
        for t in (tmp_zip, tmp_out):
            if t is not None and t.exists() and t != dest:
                t.unlink(missing_ok=True)
    with db.write() as session:
        session.add(SyncBundle(bundle_id=report.bundle_id, direction="exported", device=me,
                               at=datetime.now(), summary={"records": report.records, "fields": report.fields,
                                                           "full": report.full, "file": str(dest)}))
    return report
