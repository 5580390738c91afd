"""A fixed multi-record write scenario and a canonical dump of what it
leaves in the database (every change-log row, every record with its clocks,
every ChangeSet), used to pin the record services' behaviour:
tests/test_write_batching.py compares it with tests/data/writes/golden.json,
recorded from the one-flush-per-write implementation.

    python tests/write_scenario.py > tests/data/writes/golden.json   # re-record"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.services import ChangeSet, Records, kinds  # noqa: E402
from planner.services.errors import ServiceError  # noqa: E402
from planner.store import open_database  # noqa: E402


def _ticks():
    t = [1_700_000_000_000]

    def wall() -> int:
        t[0] += 7
        return t[0]
    return wall


def _cs(cs: ChangeSet) -> dict[str, Any]:
    return {"created": {k: sorted(v) for k, v in sorted(cs.created.items())},
            "updated": {k: sorted(v) for k, v in sorted(cs.updated.items())},
            "deleted": {k: sorted(v) for k, v in sorted(cs.deleted.items())},
            "fields": sorted([k, i, sorted(f)] for (k, i), f in cs.fields.items())}


def run(path: Path) -> dict[str, Any]:
    db = open_database(path)
    records = Records(db, wall=_ticks())
    out: dict[str, Any] = {"changesets": [], "errors": []}

    def rid(n: int) -> str:
        return f"00000000-0000-4000-8000-{n:012d}"

    with records.transaction() as w:
        acc = w.create("account", {"name": "华东电网", "tier": "A", "revenue_potential": 1200000}, rid(1))
        other = w.create("account", {"name": "NHS Trust"}, rid(2))
        dep = w.create("department", {"account_id": acc, "name": "采购部"}, rid(3))
        sub = w.create("department", {"account_id": acc, "name": "Sub", "parent_id": dep}, rid(4))
        boss = w.create("stakeholder", {"account_id": acc, "name": "王伟", "department_id": dep,
                                        "importance": 5, "private_fields": ["wechat"]}, rid(5))
        p2 = w.create("stakeholder", {"account_id": acc, "name": "Li Na", "department_id": sub,
                                      "title": "Engineer"}, rid(6))
        p3 = w.create("stakeholder", {"account_id": acc, "name": "Zhang"}, rid(7))
        w.create("relationship", {"account_id": acc, "source_id": p2, "target_id": boss,
                                  "kind": "reports_to"}, rid(8))
        w.create("relationship", {"account_id": acc, "source_id": p3, "target_id": p2,
                                  "kind": "reports_to", "strength": 4}, rid(9))
        opp = w.create("opportunity", {"account_id": acc, "name": "Substations 2027", "value": 5e6}, rid(10))
        w.create("decision_role", {"opportunity_id": opp, "stakeholder_id": boss, "role": "decider"}, rid(11))
        w.create("visit", {"account_id": acc, "opportunity_id": opp,
                           "starts_at": datetime(2026, 3, 1, 9, 30)}, rid(12))
        w.create("note", {"account_id": acc, "stakeholder_id": p2, "title": "Met", "body": "好"}, rid(13))
        w.update("stakeholder", p2, {"title": "Chief engineer", "importance": 4})
        w.update("stakeholder", p2, {"title": "Chief engineer"})  # unchanged
        w.update("department", sub, {"parent_id": None})
        w.create("stakeholder", {"account_id": other, "name": "Smith"}, rid(14))
    out["changesets"].append(_cs(w.changes))

    with records.transaction() as w:
        w.update("stakeholder", boss, {"attitude": "supporter", "attitude_confidence": "confirmed"})
        w.delete("stakeholder", p2)  # cascades to both reporting lines and the note
        w.update("account", acc, {"tier": "S"})
        w.restore("stakeholder", p2)
        w.delete("opportunity", opp)
    out["changesets"].append(_cs(w.changes))

    # refusals: each one leaves nothing behind; which step raised what
    steps = [
        [lambda w: w.create("relationship", {"account_id": acc, "source_id": p3, "target_id": boss,
                                             "kind": "reports_to"}),
         lambda w: w.create("relationship", {"account_id": acc, "source_id": boss, "target_id": p3,
                                             "kind": "reports_to"})],  # a circle through a new line
        [lambda w: w.create("stakeholder", {"account_id": acc, "name": ""})],
        [lambda w: w.create("stakeholder", {"account_id": acc, "name": "X", "importance": 9})],
        [lambda w: w.create("stakeholder", {"account_id": acc, "name": "X", "department_id": rid(99)})],
        [lambda w: w.create("account", {"name": "dup"}, rid(1))],
        [lambda w: w.create("account", {"name": "new"}, rid(50)),
         lambda w: w.create("account", {"name": "dup of a new one"}, rid(50))],
        [lambda w: w.update("stakeholder", rid(99), {"name": "nobody"})],
        [lambda w: w.create("department", {"account_id": other, "name": "D", "parent_id": dep})],
        [lambda w: w.create("opportunity", {"account_id": acc, "name": "O2"}, rid(51)),
         lambda w: w.create("decision_role", {"opportunity_id": rid(51), "stakeholder_id": boss,
                                              "role": "user"}, rid(52)),
         lambda w: w.create("decision_role", {"opportunity_id": rid(51), "stakeholder_id": boss,
                                              "role": "user"}, rid(53)),  # UNIQUE constraint
         lambda w: w.create("note", {"account_id": acc, "title": "never reached"})],
    ]
    for attempt in steps:
        step = -1
        try:
            with records.transaction() as w:
                w.create("stakeholder", {"account_id": acc, "name": "Written first"})
                w.update("account", acc, {"summary": "changed before the refusal"})
                for step, do in enumerate(attempt):
                    do(w)
        except Exception as exc:  # noqa: BLE001 - the type and the step are what is pinned
            text = str(getattr(exc, "orig", exc))
            out["errors"].append([step, f"{type(exc).__name__}: {text}"])
    db.close()

    conn = sqlite3.connect(path)
    device = conn.execute("SELECT value FROM local_state WHERE key = 'device_id'").fetchone()[0]

    def norm(v: Any) -> Any:
        return v.replace(device, "DEVICE") if isinstance(v, str) else v

    out["change_log"] = [[norm(c) for c in row] for row in conn.execute(
        "SELECT seq, stamp, device, length(at), table_name, row_id, field, quote(old_value), "
        "quote(new_value), op FROM change_log ORDER BY seq")]
    out["records"] = {}
    for kind in sorted(kinds.MODELS):
        rows = conn.execute(f"SELECT * FROM {kind} ORDER BY id").fetchall()
        if rows:
            names = [d[0] for d in conn.execute(f"SELECT * FROM {kind}").description]
            out["records"][kind] = [{n: norm(v) for n, v in zip(names, r)} for r in rows]
    out["clock_last"] = norm(conn.execute(
        "SELECT value FROM local_state WHERE key = 'clock_last'").fetchone()[0])
    conn.close()
    return out


if __name__ == "__main__":
    import tempfile
    folder = Path(tempfile.mkdtemp())
    print(json.dumps(run(folder / "s.db"), ensure_ascii=False, indent=1, default=str))
