"""``planner search`` and ``planner ics`` end to end."""

import json
import subprocess
import sys

from planner.cli.main import main


def test_search_command_text_and_json(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "search", "预算", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.count("[预算]") >= 2 and "华东某省电力公司" in out
    assert main(["--db", db, "search", "budget", "--json", "--account", "Northwind Hospital Group"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["account"] == "Northwind Hospital Group" for h in hits)
    for h in hits:
        start, end = h["highlights"][0]
        assert h["snippet"][start:end].lower() == "budget"
    assert main(["--db", db, "search", "王军", "--kind", "stakeholder", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["kind"], h["title"]) for h in hits] == [("stakeholder", "王军")]
    assert main(["--db", db, "search", "zzzqqq"]) == 1
    assert main(["--db", db, "search", "预算", "--account", "no such account"]) == 2
    assert main(["--db", db, "search", "--rebuild", "预算", "--limit", "1"]) == 0
    assert main(["--db", db, "check"]) == 0


def test_ics_command_in_a_real_process(tmp_path):
    db = tmp_path / "x.db"
    out = tmp_path / "v.ics"
    run = lambda *a: subprocess.run([sys.executable, "-m", "planner", "--db", str(db), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run("demo").returncode == 0
    r = run("ics", "--account", "华东某省电力公司", "--lang", "zh_CN", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "planned visit" in r.stdout
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "参加人" in text.replace("\r\n ", "")
    r = run("search", "预算", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)
