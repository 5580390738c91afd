"""Sync speed and memory against a plain sqlite3 baseline.

    python bench/sync_bench.py [--people 100000] [--changed 20000] [--folder /tmp/syncbench]

Figures printed:
- raw: plain sqlite3 executemany of 100,000 UUID-keyed rows in one transaction
  (the reference of shared/SYNC.md);
- raw, same rows: plain sqlite3 executemany UPDATEs writing exactly the
  bundle's values into a copy of the receiving replica, one transaction (no
  clocks, no change log, no checks: what the import must do at the least);
- import of a delta bundle with CHANGED people x 5 fields (100,000 fields by
  default) into a replica that has the older versions, in fields/s, against
  a quarter of the raw rate (target: at least that, about 2 s or less);
- re-import of the same bundle (target < 0.1 s);
- export of PEOPLE x 5 changed fields (500,000 by default; target < 5 s);
- peak memory growth of import children for the small and the large bundle
  (target: under 100 MB whatever the size).
Targets come from the sync issue; nothing here asserts them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import child_env, python_cmd, run_child  # noqa: E402

FIELDS = ("title", "attitude", "mobile", "email", "business_metrics")
ATTITUDES = ("champion", "supporter", "neutral", "sceptic", "opponent")


def raw_rate(folder: Path, n: int = 100_000) -> float:
    path = folder / "raw.db"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, stamp TEXT)")
    rows = [(str(uuid.uuid4()), f"a{i}", "b", "c", f"{i:013d}") for i in range(n)]
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    secs = time.perf_counter() - t
    conn.close()
    return n / secs


def same_rows_rate(replica: Path, bundle: Path, folder: Path) -> tuple[float, int]:
    """Fields/s of plain executemany UPDATEs of the bundle's values into a
    copy of ``replica`` (one transaction, commit included)."""
    import zipfile

    groups: dict[tuple[str, tuple[str, ...]], list[list]] = {}
    with zipfile.ZipFile(bundle) as zf:
        for name in sorted(n for n in zf.namelist() if n.startswith("changes/")):
            for line in zf.read(name).splitlines():
                rec = json.loads(line)
                names = tuple(sorted(rec["f"]))
                groups.setdefault((rec["t"], names), []).append([rec["f"][f][0] for f in names] + [rec["id"]])
    copy = folder / "same_rows.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(replica, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    fields = sum(len(names) * len(rows) for (_, names), rows in groups.items())
    t = time.perf_counter()
    conn.execute("BEGIN")
    for (table, names), rows in groups.items():
        conn.executemany(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?", rows)
    conn.execute("COMMIT")
    secs = time.perf_counter() - t
    conn.close()
    copy.unlink()
    return fields / secs, fields


def change_people(db: Path, limit: int, device: str, tag: str) -> int:
    """Change FIELDS of ``limit`` people in ``db`` as edits from ``device``."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    rows = conn.execute("SELECT id, clocks FROM stakeholder ORDER BY id LIMIT ?", (limit,)).fetchall()
    wall = int(time.time() * 1000) + 60_000
    updates, log = [], []
    for n, (row_id, clocks_text) in enumerate(rows):
        clocks = json.loads(clocks_text)
        stamp = f"{wall + n // 65000:013d}.{n % 65000:04x}.{device}"
        prev = clocks.setdefault("_prev", {})
        for f in FIELDS:
            prev[f] = clocks.get(f, "")
            clocks[f] = stamp
        log += [(stamp, device, "2026-01-01 00:00:00", "stakeholder", row_id, f, "null", "null", "update")
                for f in FIELDS]
        updates.append((f"{tag} title {n}", ATTITUDES[n % 5], f"139{n:08d}", f"p{n}@{tag}.cn",
                        f"{tag} KPI 预算 {n}", json.dumps(clocks), row_id))
    conn.executemany("UPDATE stakeholder SET title=?, attitude=?, mobile=?, email=?, business_metrics=?, "
                     "clocks=? WHERE id=?", updates)
    conn.executemany("INSERT INTO change_log (stamp, device, at, table_name, row_id, field, old_value, "
                     "new_value, op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log)  # as the services do
    conn.execute("INSERT OR REPLACE INTO local_state VALUES ('device_id', ?)", (device,))
    conn.execute("INSERT OR REPLACE INTO local_state VALUES ('clock_last', ?)",
                 (f"{wall + len(rows):013d}.0000.{device}",))
    conn.execute("COMMIT")
    conn.close()
    return len(rows) * len(FIELDS)


def know_everything_before(db: Path, peer: str) -> None:
    """Record in ``db`` that ``peer`` has every stamp written so far (so a
    delta export carries only what changes afterwards)."""
    conn = sqlite3.connect(db, isolation_level=None)
    known: dict[str, str] = {}
    for (clocks_text,) in conn.execute("SELECT clocks FROM stakeholder"):
        for f, stamp in json.loads(clocks_text).items():
            if f != "_prev":
                dev = stamp.split(".", 2)[2]
                known[dev] = max(known.get(dev, ""), stamp)
    conn.execute("INSERT OR REPLACE INTO sync_peer VALUES (?, ?, NULL)", (peer, json.dumps(known)))
    conn.close()


CHILD = """
import sys, time
from pathlib import Path
from planner.store import open_database
from planner.sync.service import import_file

def status(key):  # MB; ru_maxrss would include the parent's peak from before exec
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

db = open_database(sys.argv[1])
base = status("VmRSS")
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # reset the peak (VmHWM) to the current size
t = time.perf_counter()
report = import_file(db, Path(sys.argv[2]))
secs = time.perf_counter() - t
peak = status("VmHWM")
print(f"RESULT {secs:.3f} {report.fields_applied} {peak - base:.1f} {report.already_imported} {base:.0f} {peak:.0f}")
"""


def import_child(db: Path, bundle: Path) -> tuple[float, int, float, bool]:
    run = run_child(python_cmd("-c", CHILD, str(db), str(bundle)), env=child_env(), timeout=1200)
    line = run.line("RESULT")
    if line is None:
        raise SystemExit(f"import child failed:\n{run.stderr[-2000:]}")
    _, secs, fields, growth, already, base, peak = line.split()
    print(f"  (import child: peak RSS {peak} MB, {base} MB before the import)")
    return float(secs), int(fields), float(growth), already == "True"


def export(db: Path, out: Path) -> tuple[float, int]:
    from planner.store import open_database
    from planner.sync.export import export_bundle

    database = open_database(db)
    t = time.perf_counter()
    report = export_bundle(database, out)
    secs = time.perf_counter() - t
    database.close()
    return secs, report.fields


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--people", type=int, default=100_000)
    p.add_argument("--changed", type=int, default=20_000)
    p.add_argument("--folder", type=Path, default=Path("/tmp/syncbench"))
    a = p.parse_args(argv)
    a.folder.mkdir(parents=True, exist_ok=True)
    rate = raw_rate(a.folder)
    print(f"raw sqlite3 executemany, 100,000 rows, one transaction: {rate:,.0f} rows/s "
          f"(a quarter: {rate / 4:,.0f}/s)")

    source = a.folder / "source.db"
    if not source.exists():
        accounts = max(1, a.people // 50)
        subprocess_args = ["bench/generate.py", str(source), "--accounts", str(accounts),
                           "--stakeholders", str(a.people), "--relationships", "0", "--visits", "0",
                           "--notes", "0", "--opportunities", "0", "--attendees", "0", "--force"]
        run = run_child(python_cmd(*subprocess_args), env=child_env(), timeout=1800)
        if run.returncode:
            raise SystemExit(run.stderr[-2000:])
    replica_a, replica_b = a.folder / "a.db", a.folder / "b.db"
    for target in (replica_a, replica_b):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(source, target)
    for target, device in ((replica_a, "benchdeviceA"), (replica_b, "benchdeviceB")):
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("INSERT OR REPLACE INTO local_state VALUES ('device_id', ?)", (device,))
        conn.close()
    know_everything_before(replica_a, "benchdeviceB")

    small_fields = change_people(replica_a, a.changed, "benchdeviceA", "v2")
    small = a.folder / "small.kap"
    secs, fields = export(replica_a, small)
    print(f"export delta: {fields:,} fields in {secs:.2f} s")
    same_rate, same_fields = same_rows_rate(replica_b, small, a.folder)
    print(f"raw, same rows: executemany UPDATE of the bundle's {same_fields:,} values into a copy of the "
          f"replica: {same_rate:,.0f} fields/s ({same_fields / same_rate:.2f} s)")
    secs, applied, growth_small, _ = import_child(replica_b, small)
    print(f"import {applied:,} changed fields: {secs:.2f} s = {applied / secs:,.0f} fields/s "
          f"({applied / secs / rate:.2f} x raw, {applied / secs / same_rate:.2f} x raw same rows; "
          f"target >= 0.25 x, ~2 s), peak memory +{growth_small:.0f} MB")
    secs, _, _, already = import_child(replica_b, small)
    print(f"re-import of the same bundle: {secs * 1000:.0f} ms (already imported: {already}; target < 100 ms)")

    big_fields = change_people(replica_a, a.people, "benchdeviceA", "v3")
    big = a.folder / "big.kap"
    secs, fields = export(replica_a, big)
    print(f"export {fields:,} changed fields: {secs:.2f} s (target < 5 s), {big.stat().st_size / 2**20:.1f} MB")
    secs, applied, growth_big, _ = import_child(replica_b, big)
    print(f"import {applied:,} changed fields: {secs:.2f} s = {applied / secs:,.0f} fields/s, "
          f"peak memory +{growth_big:.0f} MB")
    print(f"memory growth: {growth_small:.0f} MB for {small_fields:,} fields, {growth_big:.0f} MB for "
          f"{big_fields:,} fields (target < 100 MB whatever the size)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
