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
from planner.services.records import PREV
from planner.store import migrations
from planner.store.chunks import chunks, placeholders
from planner.store.database import Database
from planner.sync import fastjson
from planner.sync import format as fmt
from planner.sync.crypto import encrypt_file
from planner.sync.errors import BundleError
from planner.sync.names import known_names
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


def _shared_fields(kind: str, record: dict[str, Any]) -> dict[str, Any] | None:
    """The shared part of ``record`` (which may hold only some fields)."""
    if kind in PRIVATE_KINDS:
        view = dict(record)
        if kind == "stakeholder":
            marked = record.get("private_fields")
            try:
                view["private_fields"] = json.loads(marked) if marked and marked != "[]" else []
            except json.JSONDecodeError:
                view["private_fields"] = []
        shared = shared_view(kind, view)
        return None if shared is None else {k: record[k] for k in shared}
    return record


PRIVATE_KINDS = frozenset({"stakeholder", "note", "visit"})
#: the field that says what of a record is private: when it changes, what
#: was held back may now be shared, so the whole shared view travels again
PRIVACY_MARK = {"stakeholder": "private_fields", "note": "private", "visit": "notes_private"}
_DEVICE_AT = 19  # a stamp is "WWWWWWWWWWWWW.CCCC.DEVICE" (see sync/hlc.py)


def changed_rows(conn: sqlite3.Connection, baseline: dict[str, str]) -> dict[str, set[str]]:
    """Rows with a field newer than what teammates have, from the change log
    (every local write and every import is logged there). SQLite does the
    filtering: a device is the part of a stamp after its 19th character."""
    query = "SELECT DISTINCT table_name, row_id FROM change_log"
    params: list[str] = []
    if baseline:
        known = sorted(baseline)
        cases = " ".join("WHEN ? THEN ?" for _ in known)
        query += (f" WHERE (stamp > ? OR device NOT IN ({','.join('?' * len(known))}))"
                  f" AND stamp > coalesce(CASE substr(stamp, {_DEVICE_AT + 1}) {cases} END, '')")
        params = [min(baseline.values()), *known]
        for dev in known:
            params += [dev, baseline[dev]]
    out: dict[str, set[str]] = {}
    for table, row_id in conn.execute(query, params):
        out.setdefault(table, set()).add(row_id)
    return out


def _in(chunk: list[str]) -> str:
    return f"id IN ({placeholders(len(chunk))})"


def _fresh(kind: str, clocks: dict[str, str], baseline: dict[str, str] | None) -> set[str]:
    """The fields of a row whose stamps teammates may lack (all stamped ones
    without a baseline, or when what is private changed since)."""
    mark = clocks.get(PRIVACY_MARK.get(kind, ""))
    if baseline is None or (mark and mark > baseline.get(mark[_DEVICE_AT:], "")):
        return set(clocks)
    # a row's fields share a few stamps: decide per stamp, not per field
    fresh = {st for st in set(clocks.values()) if st > baseline.get(st[_DEVICE_AT:], "")}
    return {f for f, st in clocks.items() if st in fresh} if fresh else set()


def _line(kind: str, row_id: str, record: dict[str, Any], order: list[str], clocks: dict[str, str],
          prevs: dict[str, str], chosen: set[str], report: ExportReport) -> bytes | None:
    shared = _shared_fields(kind, record)
    if shared is None:
        return None
    out = {f: _pair(shared[f], clocks[f], prevs.get(f)) for f in order if f in chosen and f in shared}
    if not out:
        return None
    report.records += 1
    report.fields += len(out)
    report.by_kind[kind] = report.by_kind.get(kind, 0) + 1
    return fastjson.line({"t": kind, "id": row_id, "f": out})


def _changes(conn: sqlite3.Connection, baseline: dict[str, str] | None,
             scope: dict[str, set[str]] | None, report: ExportReport) -> Iterator[bytes]:
    """Bundle lines, kind by kind, rows in id order. Tombstones travel whole
    (a recipient who never saw the row must keep it, deleted, so an older
    copy cannot bring it back)."""
    candidates = changed_rows(conn, baseline) if baseline is not None else None
    for kind, model in kinds.MODELS.items():
        order = [*model.data_fields(), "deleted"]
        if candidates is None:  # everything, every column
            select = f"SELECT id, clocks, {', '.join(order)} FROM {kind}"
            for values in conn.execute(select + " ORDER BY id"):
                if scope is not None and values[0] not in scope[kind]:
                    continue
                clocks = fastjson.loads(values[1])
                prevs = clocks.pop(PREV, None) or {}
                line = _line(kind, values[0], dict(zip(order, values[2:])), order, clocks, prevs,
                             _fresh(kind, clocks, baseline), report)
                if line:
                    yield line
            continue
        ids = candidates.get(kind, set())
        if scope is not None:
            ids &= scope[kind]
        extra = [f for f in (PRIVACY_MARK.get(kind),) if f]
        for chunk in chunks(ids):
            # first the stamps, then only the columns that travel (rows are wide)
            picked: dict[str, tuple[dict, dict, set[str]]] = {}
            for row_id, clocks_text in conn.execute(f"SELECT id, clocks FROM {kind} WHERE {_in(chunk)}", chunk):
                clocks = fastjson.loads(clocks_text)
                prevs = clocks.pop(PREV, None) or {}
                chosen = _fresh(kind, clocks, baseline)
                if chosen:
                    picked[row_id] = (clocks, prevs, chosen)
            if not picked:
                continue
            wanted = set(extra).union(*(chosen for _, _, chosen in picked.values()))
            cols = [f for f in order if f in wanted]
            rows = sorted(picked)
            for values in conn.execute(f"SELECT id, {', '.join(cols)} FROM {kind} WHERE {_in(rows)} "
                                       f"ORDER BY id", rows):
                clocks, prevs, chosen = picked[values[0]]
                line = _line(kind, values[0], dict(zip(cols, values[1:])), order, clocks, prevs, chosen, report)
                if line:
                    yield line


def _pair(value: Any, stamp: str, prev: str | None) -> list[Any]:
    return [value, stamp, prev] if prev else [value, stamp]


def export_bundle(db: Database, dest: Path, accounts: set[str] | None = None, full: bool = False,
                  passphrase: str | None = None, progress: Progress | None = None) -> ExportReport:
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise BundleError(f"the folder {dest.parent} does not exist")
    with db.write() as session:  # write: a new database gets its device id now
        me = device_id(session)
        known = knowledge(session)
        names = known_names(session)
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
        # deflate level 3: three times faster than 6, the bundle 10% larger
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as zf:
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
                "names": names,  # who is behind each device, for the receiver's lists
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
