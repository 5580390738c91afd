"""The command line end to end: real processes for the main paths, main()
in-process for the many small cases."""

import json
import subprocess
import sys

import pytest

from planner.cli.main import main


def run(*args, db):
    return subprocess.run([sys.executable, "-m", "planner", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_add_list_set_rm_round_trip(tmp_path, capsys):
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "add", "account", "name=华东电力", "tier=S"]) == 0
    account_id = capsys.readouterr().out.strip()
    assert main(["--db", str(db), "add", "stakeholder", "account=华东电力", "name=王军",
                 "importance=5"]) == 0
    person = capsys.readouterr().out.strip()
    assert main(["--db", str(db), "set", "stakeholder", person, "attitude=sceptic"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "stakeholder", "--account", "华东电力", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["name"], p["attitude"], p["account_id"]) for p in listed] == [("王军", "sceptic", account_id)]
    assert main(["--db", str(db), "rm", "account", account_id]) == 0
    assert "deleted 2 records" in capsys.readouterr().out


@pytest.mark.parametrize("args,message", [
    (["add", "account", "tier=S"], "account.name is required"),
    (["add", "account", "name=X", "tier=Q"], "not one of"),
    (["add", "account", "oops"], "expected FIELD=VALUE"),
    (["add", "widget", "name=x"], "unknown kind"),
    (["set", "account", "nope", "name=x"], "no account with id"),
    (["list", "stakeholder", "--account", "Nobody"], "no account named"),
    (["add", "stakeholder", "account=Nobody", "name=x"], "no account named"),
])
def test_user_mistakes_give_one_line_and_exit_2(tmp_path, capsys, args, message):
    assert main(["--db", str(tmp_path / "x.db"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_broken_database_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    result = run("list", "account", db=bad)
    assert result.returncode == 2
    assert "not a planner database" in result.stderr and "Traceback" not in result.stderr
    assert bad.read_text() == "not a database"


def test_dump_is_deterministic_and_check_passes(tmp_path):
    db = tmp_path / "x.db"
    assert run("add", "account", "name=Acme", db=db).returncode == 0
    first, second = run("dump", db=db), run("dump", db=db)
    assert first.returncode == 0 and first.stdout == second.stdout
    assert [a["name"] for a in json.loads(first.stdout)["records"]["account"]] == ["Acme"]
    checked = run("check", db=db)
    assert checked.returncode == 0 and "ok" in checked.stdout


def test_env_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "env.db"))
    assert main(["add", "account", "name=Env"]) == 0
    assert (tmp_path / "env.db").exists()


def test_backup_and_restore(tmp_path, capsys):
    db = str(tmp_path / "x.db")
    main(["--db", db, "add", "account", "name=Before"])
    main(["--db", db, "backup"])
    backup_file = capsys.readouterr().out.strip().splitlines()[-1]
    main(["--db", db, "add", "account", "name=After"])
    assert main(["--db", db, "restore", backup_file]) == 0
    capsys.readouterr()
    main(["--db", db, "list", "account", "--json"])
    assert [a["name"] for a in json.loads(capsys.readouterr().out)] == ["Before"]


def test_opening_the_window_does_not_import_the_data_model_first():
    import subprocess
    import sys

    from planner.cli import main as cli_main

    assert cli_main._window_only(["--db", "x.db"]) == (True, "x.db")
    assert cli_main._window_only(["--db=x.db"]) == (True, "x.db")
    assert cli_main._window_only(["--db", "x.db", "dump"])[0] is False
    assert cli_main._window_only(["--version"])[0] is False
    code = ("import sys; import planner.cli.gui as g; "
            "g.open_application = lambda db: print('window', db, 'sqlalchemy' in sys.modules) or 0; "
            "from planner.cli.main import main; sys.exit(main(['--db', 'x.db']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.split() == ["window", "x.db", "False"], out.stderr
