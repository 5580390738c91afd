"""``planner import`` and ``planner export-contacts`` end to end."""

import json
import subprocess
import sys

from import_helpers import DATA
from planner.cli.main import main


def test_import_dry_run_then_for_real(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "import", str(DATA / "salesforce.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line    6  Create    Priya Nair" in out and "reports to Kenji Tanaka" in out
    assert "(dry run: nothing written)" in out
    assert main(["--db", db, "list", "stakeholder", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "import", str(DATA / "salesforce.csv"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["written"] and data["result"]["created"] == 4 and data["result"]["lines"] == 3
    assert main(["--db", db, "import", str(DATA / "salesforce.csv"), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["summary"]["unchanged"] == 4 and again["result"]["created"] == 0


def test_import_with_mapping_and_account(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    src = tmp_path / "odd.csv"
    src.write_text("Nom,Fonction,Chef\nAline Roy,Directrice,\nBruno Petit,Acheteur,Aline Roy\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"Nom": "name", "Fonction": "title", "Chef": "manager"}}))
    assert main(["--db", db, "import", str(src), "--mapping", str(mapping), "--account", "Energie SA"]) == 0
    assert "imported: 2 created, 0 updated, 1 reporting lines" in capsys.readouterr().out
    assert main(["--db", db, "list", "stakeholder", "--account", "Energie SA", "--json"]) == 0
    assert sorted(p["title"] for p in json.loads(capsys.readouterr().out)) == ["Acheteur", "Directrice"]


def test_bad_files_are_one_line_and_change_nothing(tmp_path):
    db = tmp_path / "x.db"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    for args in ([str(broken)], [str(tmp_path / "missing.csv")],
                 [str(DATA / "chinese.csv"), "--mapping", str(DATA / "chinese.csv")]):
        r = subprocess.run([sys.executable, "-m", "planner", "--db", str(db), "import", *args],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 2 and r.stderr.startswith("planner: ") and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    r = subprocess.run([sys.executable, "-m", "planner", "--db", str(db), "dump"],
                       capture_output=True, text=True, timeout=120)
    assert all(v == [] for v in json.loads(r.stdout)["records"].values())


def test_export_contacts(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    assert main(["--db", db, "import", str(DATA / "chinese.csv"), "--lang", "zh"]) == 0
    assert "已导入：新建 4 人" in capsys.readouterr().out
    for name in ("c.csv", "c.vcf"):
        assert main(["--db", db, "export-contacts", "--account", "华东电网", "-o", str(tmp_path / name)]) == 0
        assert "wrote 4 people" in capsys.readouterr().out
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("李娜,,财务总监,财务部")  # pinyin order: li < ou < wang < zhang
    assert main(["--db", db, "export-contacts", "--account", "华东电网", "-o", str(tmp_path / "c.txt")]) == 2


def test_errors_in_chinese(tmp_path, capsys):
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"PK\x03\x04")
    assert main(["--db", str(tmp_path / "x.db"), "import", str(broken), "--lang", "zh"]) == 2
    assert capsys.readouterr().err.startswith("planner: 坏文件.xlsx 不是可读取的 Excel 工作簿")
