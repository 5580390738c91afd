"""Broken and hostile bundles are refused before anything is written, each
with one clear line (rule 9), and a killed import changes nothing (rule 7)."""

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from planner.sync.errors import BundleError
from sync_replicas import Replica


@pytest.fixture
def setup(tmp_path):
    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    acc, _ = a.records.create("account", {"name": "Hostile test"})
    for i in range(30):
        a.records.create("stakeholder", {"account_id": acc, "name": f"P{i}"})
    path = a.export(full=True)
    yield a, b, path
    a.close()
    b.close()


def rewrite(path: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members = change(members)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def manifest_edit(**kw):
    def change(members):
        m = json.loads(members["manifest.json"])
        m.update(kw)
        members["manifest.json"] = json.dumps(m).encode()
        return members
    return change


def first_member(members):
    return next(n for n in members if n.startswith("changes/"))


def write(out: Path, data: bytes) -> Path:
    out.write_bytes(data)
    return out


CASES = {
    "truncated": (lambda p, o: write(o, p.read_bytes()[: len(p.read_bytes()) // 2]), "truncated or damaged"),
    "not a zip": (lambda p, o: write(o, b"hello"), "not a sync bundle"),
    "altered line": (lambda p, o: rewrite(p, o, lambda m: {**m, first_member(m): m[first_member(m)].replace(b"P1", b"PX")}),
                     "checksum"),
    "wrong format version": (lambda p, o: rewrite(p, o, manifest_edit(format_version=99)), "format version"),
    "newer schema": (lambda p, o: rewrite(p, o, manifest_edit(schema_version=999)), "newer version"),
    "not our format": (lambda p, o: rewrite(p, o, manifest_edit(format="other")), "not a key-account planner"),
    "path traversal": (lambda p, o: rewrite(p, o, lambda m: {**m, "../../evil.txt": b"x"}), "unexpected file"),
    "absolute path": (lambda p, o: rewrite(p, o, lambda m: {**m, "/etc/passwd": b"x"}), "unexpected file"),
    "malformed manifest": (lambda p, o: rewrite(p, o, lambda m: {**m, "manifest.json": b"{not json"}), "not valid JSON"),
    "names not a map": (lambda p, o: rewrite(p, o, manifest_edit(names=["陈晓"])), "valid 'names'"),
    "name with control characters": (lambda p, o: rewrite(p, o, manifest_edit(names={"abc123": "陈晓\x1b[2J"})),
                                     "valid 'names'"),
    "name too long": (lambda p, o: rewrite(p, o, manifest_edit(names={"abc123": "x" * 500})), "valid 'names'"),
    "missing part": (lambda p, o: rewrite(p, o, lambda m: {k: v for k, v in m.items() if k != first_member(m)}),
                     "do not match its manifest"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_bundles_are_refused_and_nothing_changes(setup, tmp_path, case):
    _, b, path = setup
    make, message = CASES[case]
    bad = make(path, tmp_path / f"bad-{case.replace(' ', '-')}.kap")
    before = b.shared()
    with pytest.raises(BundleError, match=message) as err:
        b.import_(bad)
    assert "\n" not in str(err.value)
    assert b.shared() == before


def with_lines(data: bytes):
    """A change that replaces the bundle's changes by ``data`` with a correct
    checksum, so only the line checks can catch what is wrong."""
    def change(members):
        name = first_member(members)
        m = json.loads(members["manifest.json"])
        m["members"] = [{"name": name, "sha256": hashlib.sha256(data).hexdigest()}]
        return {name: data, "manifest.json": json.dumps(m).encode()}
    return change


@pytest.mark.parametrize("lines,message", [
    (b"{broken\n", "malformed JSON"),
    (json.dumps({"t": "account", "id": "x", "f": {"__class__": ["v", "0000000000001.0000.dev"]}}).encode() + b"\n",
     "no field"),
    (json.dumps({"t": "account", "id": "x", "f": {"name": [{"nested": 1}, "0000000000001.0000.dev"]}}).encode() + b"\n",
     "invalid value"),
    (json.dumps({"t": "widgets", "id": "x", "f": {"name": ["v", "0000000000001.0000.dev"]}}).encode() + b"\n",
     "unknown record kind"),
    (json.dumps({"t": "account", "id": "x", "f": {"name": ["v", "yesterday"]}}).encode() + b"\n",
     "invalid clock stamp"),
])
def test_bad_lines_with_matching_checksums_are_refused(setup, tmp_path, lines, message):
    _, b, path = setup
    before = b.shared()
    with pytest.raises(BundleError, match=message):
        b.import_(rewrite(path, tmp_path / "bad.kap", with_lines(lines)))
    assert b.shared() == before


def test_zip_bomb_is_refused(setup, tmp_path):
    _, b, path = setup
    bomb = tmp_path / "bomb.kap"
    with zipfile.ZipFile(path) as zf, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for n in zf.namelist():
            out.writestr(n, zf.read(n))
        out.writestr("changes/99999.jsonl", b"\n" * (50 * 1024 * 1024))
    with pytest.raises(BundleError, match="zip bomb"):
        b.import_(bomb)


def test_tampered_encrypted_bundle_is_refused(setup, tmp_path):
    a, b, _ = setup
    enc = a.export(full=True, passphrase="pw")
    data = bytearray(enc.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "tampered.kap"
    bad.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="altered"):
        b.import_(bad, passphrase="pw")
    cut = tmp_path / "cut.kap"
    cut.write_bytes(enc.read_bytes()[:-10])
    with pytest.raises(BundleError, match="truncated|altered"):
        b.import_(cut, passphrase="pw")


def test_killed_import_leaves_the_database_exactly_as_before(setup, tmp_path):
    _, b, path = setup
    b.close()
    db_file = b.folder / "b.db"
    dump = [sys.executable, "-m", "planner", "--db", str(db_file), "dump"]
    before = subprocess.run(dump, capture_output=True, text=True, check=True).stdout
    env = dict(os.environ, PLANNER_TEST_SLOW_IMPORT="2")  # pause between merge batches
    proc = subprocess.Popen([sys.executable, "-m", "planner", "--db", str(db_file), "sync", "import", str(path)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(3)  # verified, and inside the merge transaction by now
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = subprocess.run(dump, capture_output=True, text=True, check=True).stdout
    assert after == before
    conn = sqlite3.connect(db_file)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from sync_bundle").fetchone()[0] == 0
    conn.close()
    b.db = None


def test_refusals_are_worded_in_chinese_too(setup, tmp_path):
    a, b, path = setup
    broken = CASES["truncated"][0](path, tmp_path / "broken.kap")
    with pytest.raises(BundleError) as caught:
        b.import_(broken)
    assert "truncated" in str(caught.value)                     # the command line's English line
    assert caught.value.text("zh_CN") == "这不是同步文件，或文件不完整、已损坏"
    assert caught.value.text("en") == str(caught.value)
    encrypted = a.export(full=True, passphrase="right")
    with pytest.raises(BundleError) as caught:
        b.import_(encrypted, passphrase="wrong")
    assert caught.value.text("zh") == "口令不对，或文件被改动过"
