"""Sync from the command line, end to end: two laptops seeded from the demo
exchange bundles both ways with concurrent edits and end identical, with
the conflicts listed and resolvable."""

import json
import subprocess
import sys


def planner(db, *args, check=True):
    result = subprocess.run([sys.executable, "-m", "planner", "--db", str(db), *args],
                            capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def people(db):
    return {p["name"]: p for p in json.loads(planner(db, "list", "stakeholder", "--json").stdout)}


def test_two_demo_laptops_exchange_both_ways(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    planner(a, "demo")
    planner(b, "demo")
    secret = tmp_path / "pass.txt"
    secret.write_text("团队口令 2026\n", encoding="utf-8")
    wang_a = people(a)["王军"]["id"]
    planner(a, "set", "stakeholder", wang_a, "attitude=supporter", "mobile=13900000001")
    planner(b, "set", "stakeholder", wang_a, "attitude=opponent", "email=wj@new.cn")
    planner(a, "sync", "export", "-o", str(tmp_path / "a.kap"), "--passphrase-file", str(secret))
    planner(b, "sync", "export", "-o", str(tmp_path / "b.kap"), "--passphrase-file", str(secret))

    dry = planner(b, "sync", "import", str(tmp_path / "a.kap"), "--passphrase-file", str(secret), "--dry-run", "--json")
    assert json.loads(dry.stdout)["dry_run"]
    out = planner(b, "sync", "import", str(tmp_path / "a.kap"), "--passphrase-file", str(secret))
    assert "imported:" in out.stdout
    planner(a, "sync", "import", str(tmp_path / "b.kap"), "--passphrase-file", str(secret))
    again = planner(a, "sync", "import", str(tmp_path / "b.kap"), "--passphrase-file", str(secret))
    assert "already imported" in again.stdout

    # b has not yet seen a's latest state: one more round
    planner(a, "sync", "export", "-o", str(tmp_path / "a2.kap"), "--passphrase-file", str(secret))
    planner(b, "sync", "import", str(tmp_path / "a2.kap"), "--passphrase-file", str(secret))
    assert planner(a, "dump", "--shared").stdout == planner(b, "dump", "--shared").stdout
    merged = people(a)["王军"]
    assert merged["mobile"] == "13900000001" and merged["email"] == "wj@new.cn"

    conflicts = json.loads(planner(a, "conflicts", "--json").stdout) + json.loads(planner(b, "conflicts", "--json").stdout)
    assert any(c["field"] == "attitude" for c in conflicts)
    loser_db = a if merged["attitude"] == "opponent" else b
    mine = [c for c in json.loads(planner(loser_db, "conflicts", "--json").stdout) if c["field"] == "attitude"][0]
    planner(loser_db, "conflicts", "resolve", str(mine["id"]), "--keep", "mine")
    assert people(loser_db)["王军"]["attitude"] == mine["mine"]
    assert "no open conflicts" in planner(loser_db, "conflicts").stdout or \
        all(c["field"] != "attitude" for c in json.loads(planner(loser_db, "conflicts", "--json").stdout))
    status = json.loads(planner(a, "sync", "status", "--json").stdout)
    assert status["bundles_imported"] == 1 and status["bundles_exported"] == 2 and len(status["peers"]) == 1


def test_refused_bundle_is_one_line_and_changes_nothing(tmp_path):
    a = tmp_path / "a.db"
    planner(a, "demo")
    bad = tmp_path / "bad.kap"
    bad.write_bytes(b"PK\x03\x04 truncated")
    before = planner(a, "dump").stdout
    result = planner(a, "sync", "import", str(bad), check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Nothing was imported" in result.stderr
    assert planner(a, "dump").stdout == before


def test_merge_accounts_command(tmp_path):
    db = tmp_path / "a.db"
    planner(db, "add", "account", "name=Northwind")
    planner(db, "add", "account", "name=Northwind Hospital")
    planner(db, "add", "stakeholder", "account=Northwind Hospital", "name=Bob")
    out = planner(db, "merge-accounts", "Northwind", "Northwind Hospital")
    assert "1 records moved" in out.stdout
    accounts = json.loads(planner(db, "list", "account", "--json").stdout)
    assert [x["name"] for x in accounts] == ["Northwind"]
    assert [p["name"] for p in json.loads(planner(db, "list", "stakeholder", "--account", "Northwind", "--json").stdout)] == ["Bob"]
