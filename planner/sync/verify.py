"""Reading a bundle safely: everything is checked before anything is
written (shared/SYNC.md): encryption and authentication, the zip's member
names and sizes (no path traversal, no zip bombs), the manifest's format and
schema version, every member's SHA-256, and every line's shape."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer

from planner.services import kinds
from planner.store import migrations
from planner.sync import fastjson
from planner.sync import format as fmt
from planner.sync.crypto import decrypt_file, is_encrypted
from planner.sync.errors import BundleError
from planner.sync.hlc import wall_clock_ms
from planner.sync.names import DEVICE, MAX_NAMES, clean

_SCALARS = (str, int, float, bool, type(None))


@dataclass
class VerifiedBundle:
    manifest: dict[str, Any]
    zip_path: Path

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def sender(self) -> str:
        return self.manifest["device"]

    def records(self) -> Iterator[tuple[str, str, dict[str, list]]]:
        """(table, row id, {field: [value, stamp]}) in file order, streamed."""
        with zipfile.ZipFile(self.zip_path) as zf:
            for member in self.manifest["members"]:
                with zf.open(member["name"]) as fh:
                    for line in fh:
                        rec = fastjson.loads(line)
                        yield rec["t"], rec["id"], rec["f"]


def _check_zip(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > fmt.MAX_MEMBERS:
        raise BundleError("the bundle has too many parts")
    names = set()
    total = 0
    for info in infos:
        name = info.filename
        if name != fmt.MANIFEST and not fmt.CHANGE_MEMBER.match(name):
            raise BundleError(f"the bundle holds an unexpected file {name!r}; refused")
        if name in names:
            raise BundleError(f"the bundle holds {name!r} twice; refused")
        names.add(name)
        if info.file_size > fmt.MAX_MEMBER_BYTES:
            raise BundleError(f"{name} in the bundle is too large; refused")
        if info.compress_size and info.file_size / info.compress_size > fmt.MAX_COMPRESSION_RATIO:
            raise BundleError(f"{name} in the bundle expands suspiciously (zip bomb?); refused")
        total += info.file_size
    if total > fmt.MAX_TOTAL_BYTES:
        raise BundleError("the bundle expands to more than 4 GB; refused")
    if fmt.MANIFEST not in names:
        raise BundleError("the bundle has no manifest; it is not a sync bundle")
    return infos


def _check_manifest(raw: bytes) -> dict[str, Any]:
    try:
        m = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BundleError("the bundle's manifest is not valid JSON") from None
    if not isinstance(m, dict) or m.get("format") != fmt.FORMAT:
        raise BundleError("not a key-account planner sync bundle", "这不是大客户规划工具的同步文件")
    if m.get("format_version") != fmt.FORMAT_VERSION:
        raise BundleError(f"bundle format version {m.get('format_version')!r} is not supported "
                          f"(this version reads {fmt.FORMAT_VERSION})")
    schema = m.get("schema_version")
    if not isinstance(schema, int) or schema > migrations.latest_version():
        raise BundleError(f"the bundle was made by a newer version of the planner (schema {schema}); "
                          "update the application first", f"此文件由更新版本的软件生成（结构版本 {schema}），请先升级软件")
    for key, typ in (("bundle_id", str), ("device", str), ("knowledge", dict), ("members", list)):
        if not isinstance(m.get(key), typ):
            raise BundleError(f"the bundle's manifest lacks a valid {key!r}")
    limit = _limit()
    for dev, stamp in m["knowledge"].items():
        _stamp(stamp, limit)
    baseline = m.get("baseline")
    if baseline is not None:
        if not isinstance(baseline, dict):
            raise BundleError("the bundle's manifest lacks a valid 'baseline'")
        for stamp in baseline.values():
            _stamp(stamp, limit)
    scope = m.get("scope", "all")
    if not (scope == "all" or (isinstance(scope, list) and all(isinstance(a, str) for a in scope))):
        raise BundleError("the bundle's manifest lacks a valid 'scope'")
    if not isinstance(m.get("full", False), bool):
        raise BundleError("the bundle's manifest lacks a valid 'full'")
    names = m.get("names", {})
    if not (isinstance(names, dict) and len(names) <= MAX_NAMES and all(
            isinstance(dev, str) and DEVICE.fullmatch(dev) and clean(name) == name for dev, name in names.items())):
        raise BundleError("the bundle's manifest lacks a valid 'names'")
    for member in m["members"]:
        if not (isinstance(member, dict) and isinstance(member.get("name"), str)
                and fmt.CHANGE_MEMBER.match(member["name"]) and isinstance(member.get("sha256"), str)):
            raise BundleError("the bundle's manifest lists an invalid part")
    return m


_STAMP = re.compile(r"\d{13}\.[0-9a-f]{4}\.[0-9A-Za-z_-]{1,40}")
#: a sender's clock may be ahead of ours by this much (a wrong time zone, a
#: drifting laptop); more would let its edits win for days: refused
MAX_CLOCK_AHEAD_MS = 36 * 3600 * 1000


def _stamp(text: Any, limit: str) -> str:
    if not isinstance(text, str) or not _STAMP.fullmatch(text):
        raise BundleError(f"invalid clock stamp {str(text)[:40]!r} in the bundle")
    if text[:13] > limit:
        raise BundleError("the sender's clock is more than a day ahead of this laptop's "
                          f"({text[:13]} ms); correct that laptop's date and export again",
                          "发送方电脑的时钟比本机快了一天以上；请校正那台电脑的日期后重新导出")
    return text


def _limit() -> str:
    return f"{wall_clock_ms() + MAX_CLOCK_AHEAD_MS:013d}"


def _check_line(line: bytes, where: str, limit: str, good_stamps: set[str]) -> None:
    try:
        rec = fastjson.loads(line)
    except (fastjson.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise BundleError(f"{where}: malformed JSON") from None
    if not isinstance(rec, dict) or len(rec) != 3 or set(rec) != {"t", "id", "f"}:
        raise BundleError(f"{where}: not a change record")
    table, row_id, fields = rec["t"], rec["id"], rec["f"]
    checks = _field_checks(table) if isinstance(table, str) else None
    if checks is None:
        raise BundleError(f"{where}: unknown record kind {table!r}")
    if not isinstance(row_id, str) or not 1 <= len(row_id) <= 36:
        raise BundleError(f"{where}: invalid record id")
    if not isinstance(fields, dict) or not fields:
        raise BundleError(f"{where}: no fields")
    for name, pair in fields.items():
        check = checks.get(name)
        if check is None:
            raise BundleError(f"{where}: {table} has no field {name!r}")
        if not (type(pair) is list and len(pair) in (2, 3) and isinstance(pair[0], _SCALARS)):
            raise BundleError(f"{where}: invalid value for {table}.{name}")
        if not check(pair[0]):  # the quick check is sure only of good values
            problem = stored_value_problem(table, name, pair[0])
            if problem:
                raise BundleError(f"{where}: {table}.{name} {problem}")
        for stamp in pair[1:]:
            if stamp not in good_stamps:  # records share a few stamps: check each once
                if len(good_stamps) > 10_000:
                    good_stamps.clear()
                good_stamps.add(_stamp(stamp, limit))


@functools.cache
def _field_checks(table: str) -> dict[str, Callable[[Any], bool]] | None:
    """Field name -> a quick test that is True only for values
    :func:`stored_value_problem` accepts (False: ask it). None for an
    unknown kind."""
    model = kinds.MODELS.get(table)
    if model is None:
        return None
    checks: dict[str, Callable[[Any], bool]] = {"deleted": lambda v: type(v) is int and (v == 0 or v == 1)}
    for name in model.data_fields():
        col = model.__table__.columns[name]
        t, nullable, vocab = col.type, col.nullable, kinds.VOCABS.get((table, name))
        if vocab is not None:
            allowed = frozenset(vocab.values)
            checks[name] = (lambda v, a=allowed, n=nullable:
                            (v is None and n) or (type(v) is str and v in a))
        elif isinstance(t, (Boolean, DateTime, Date, JSON)):
            checks[name] = (lambda v, n=nullable: v is None and n)
        elif isinstance(t, Integer):
            checks[name] = (lambda v, n=nullable: (v is None and n)
                            or (type(v) is int and -2**63 <= v < 2**63))
        elif isinstance(t, Float):
            checks[name] = (lambda v, n=nullable: (v is None and n)
                            or (type(v) in (int, float) and -1e300 < v < 1e300))
        else:
            limit = getattr(t, "length", None) or 10_000_000
            checks[name] = (lambda v, n=nullable, size=limit: (v is None and n)
                            or (type(v) is str and len(v) <= size))
    return checks


def stored_value_problem(table: str, field: str, raw: Any) -> str | None:
    """Why ``raw`` cannot be stored in ``table.field`` (None when it can)."""
    if field == "deleted":
        return None if raw in (0, 1) and not isinstance(raw, float) else "must be 0 or 1"
    col = kinds.MODELS[table].__table__.columns[field]
    if raw is None:
        return None if col.nullable else "cannot be empty"
    t = col.type
    try:
        if isinstance(t, Boolean):
            ok = raw in (0, 1) and not isinstance(raw, float)
        elif isinstance(t, Integer):
            ok = isinstance(raw, int) and not isinstance(raw, bool) and -2**63 <= raw < 2**63
        elif isinstance(t, Float):
            ok = isinstance(raw, (int, float)) and not isinstance(raw, bool) and abs(raw) < 1e300
        elif isinstance(t, DateTime):
            ok = isinstance(raw, str) and bool(datetime.fromisoformat(raw))
        elif isinstance(t, Date):
            ok = isinstance(raw, str) and bool(date.fromisoformat(raw))
        elif isinstance(t, JSON):
            ok = isinstance(raw, str) and isinstance(json.loads(raw), (list, dict))
        else:
            ok = isinstance(raw, str) and len(raw) <= (getattr(t, "length", None) or 10_000_000)
    except (ValueError, TypeError, RecursionError):
        ok = False
    if not ok:
        return f"has an invalid value ({str(raw)[:30]!r})"
    vocab = kinds.VOCABS.get((table, field))
    if vocab is not None and raw not in vocab:
        return f"has an unknown value {str(raw)[:30]!r}"
    return None


def _check_members(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    listed = [m["name"] for m in manifest["members"]]
    present = sorted(n for n in zf.namelist() if n != fmt.MANIFEST)
    if sorted(listed) != present:
        raise BundleError("the bundle's parts do not match its manifest; it was altered or truncated",
                          "文件各部分与清单不符：文件被改动过或不完整")
    limit = _limit()
    good_stamps: set[str] = set()
    for member in manifest["members"]:
        digest = hashlib.sha256()
        with zf.open(member["name"]) as fh:
            for n, line in enumerate(fh, 1):
                digest.update(line)
                if len(line) > fmt.MAX_LINE_BYTES:
                    raise BundleError(f"{member['name']} line {n}: too long")
                _check_line(line, f"{member['name']} line {n}", limit, good_stamps)
        if digest.hexdigest() != member["sha256"]:
            raise BundleError(f"{member['name']} does not match its checksum; the bundle was altered",
                              "文件内容与校验值不符：文件被改动过")


@contextmanager
def open_bundle(path: Path, passphrase: str | None = None) -> Iterator[VerifiedBundle]:
    """Verify the whole bundle, then yield it for reading. Raises
    :class:`BundleError` with one line when anything is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BundleError(f"no file at {path}", f"找不到文件 {path}")
    if path.stat().st_size > fmt.MAX_FILE_BYTES:
        raise BundleError("the file is larger than any bundle this version accepts")
    # Work on a private copy in the local temporary folder: what is verified
    # is what is merged (the file on a shared drive may change meanwhile),
    # and decrypted customer data never lands beside the bundle.
    fd, name = tempfile.mkstemp(prefix="planner-bundle-", suffix=".zip")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            if is_encrypted(path):
                if not passphrase:
                    raise BundleError("this bundle is encrypted: give the team passphrase (--passphrase-file)",
                                      "此文件已加密：请提供团队口令")
                decrypt_file(path, out, passphrase)
            else:
                with open(path, "rb") as src:
                    shutil.copyfileobj(src, out, 1024 * 1024)
        zip_path = tmp
        try:
            with zipfile.ZipFile(zip_path) as zf:
                _check_zip(zf)
                info = zf.getinfo(fmt.MANIFEST)
                if info.file_size > fmt.MAX_MANIFEST_BYTES:
                    raise BundleError("the bundle's manifest is too large")
                manifest = _check_manifest(zf.read(fmt.MANIFEST))
                _check_members(zf, manifest)
        except zipfile.BadZipFile:
            raise BundleError("not a sync bundle, or the file is truncated or damaged",
                              "这不是同步文件，或文件不完整、已损坏") from None
        except (zipfile.LargeZipFile, NotImplementedError, EOFError, OSError) as exc:
            raise BundleError(f"the bundle cannot be read ({exc})") from None
        yield VerifiedBundle(manifest, zip_path)
    finally:
        tmp.unlink(missing_ok=True)
