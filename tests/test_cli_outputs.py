"""Every command that writes a file the user named: a missing folder (or a
folder given as the file) is one line on stderr and exit 2, never a
traceback; and ``--lang`` takes ``zh`` and ``zh_CN`` alike everywhere."""

from __future__ import annotations

import argparse

import pytest

from planner.cli.lang import parse_lang
from planner.cli.main import main
from planner.demo import add_demo

ACCOUNT = "华东某省电力公司"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, qapp):  # qapp: the map draws with Qt
    from planner.reports.data import visit_choices
    from planner.services import Records
    from planner.store import open_database

    path = tmp_path_factory.mktemp("cli-out") / "demo.db"
    db = open_database(path)
    add_demo(Records(db))
    visit = visit_choices(db, None)[0]["id"]
    db.close()
    return path, visit


def _commands(visit: str, out: str) -> dict[str, list[str]]:
    return {
        "export-pdf": ["export-pdf", "--account", ACCOUNT, "-o", out + ".pdf"],
        "brief": ["brief", "--visit", visit, "-o", out + ".pdf"],
        "ics": ["ics", "--include-past", "-o", out + ".ics"],
        "export-contacts": ["export-contacts", "--account", ACCOUNT, "-o", out + ".csv"],
        "map": ["map", "--account", ACCOUNT, "-o", out + ".png"],
        "sync export": ["sync", "export", "-o", out + ".kap"],
    }


@pytest.mark.parametrize("command", ["export-pdf", "brief", "ics", "export-contacts", "map", "sync export"])
def test_writing_to_a_missing_folder_is_one_line_and_exit_2(demo, tmp_path, capsys, command):
    db, visit = demo
    missing = tmp_path / "no such folder" / "out"
    args = _commands(visit, str(missing))[command]
    assert main(["--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("planner: ") and err.count("\n") == 1 and "Traceback" not in err
    assert "does not exist" in err and str(missing.parent) in err
    assert not missing.parent.exists()


@pytest.mark.parametrize("command", ["export-pdf", "ics", "export-contacts"])
def test_a_folder_as_the_output_file_is_one_line(demo, tmp_path, capsys, command):
    db, visit = demo
    target = tmp_path / "x"
    args = _commands(visit, str(target))[command]
    (tmp_path / args[-1].rsplit("/", 1)[-1]).mkdir()  # a folder where the file should go
    assert main(["--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("planner: cannot write") and err.count("\n") == 1


def test_the_commands_still_write_when_the_folder_exists(demo, tmp_path, capsys):
    db, visit = demo
    for command, args in _commands(visit, str(tmp_path / "ok")).items():
        assert main(["--db", str(db), *args]) == 0, command
    capsys.readouterr()
    assert {p.suffix for p in tmp_path.iterdir()} == {".pdf", ".ics", ".csv", ".png", ".kap"}


@pytest.mark.parametrize("spelling", ["zh", "zh_CN", "zh-CN", "ZH_cn"])
def test_lang_takes_both_spellings_everywhere(demo, tmp_path, capsys, spelling):
    db, _ = demo
    assert main(["--db", str(db), "ics", "--include-past", "--lang", spelling,
                 "-o", str(tmp_path / "v.ics")]) == 0
    assert "目的" in (tmp_path / "v.ics").read_text(encoding="utf-8")
    assert main(["--db", str(db), "insights", "--account", ACCOUNT, "--lang", spelling]) == 0
    assert "发现" in capsys.readouterr().out
    assert main(["--db", str(db), "map", "--account", ACCOUNT, "--lang", spelling,
                 "-o", str(tmp_path / "m.svg")]) == 0


def test_parse_lang():
    assert [parse_lang(s) for s in ("en", "EN", "en_US", "zh", "zh_CN", "zh-cn", " zh_Hans ")] == \
        ["en", "en", "en", "zh", "zh", "zh", "zh"]
    with pytest.raises(argparse.ArgumentTypeError):
        parse_lang("fr")


def test_an_unknown_lang_is_a_usage_error(demo, capsys):
    db, _ = demo
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db), "ics", "--lang", "fr", "-o", "x.ics"])
    assert exit_.value.code == 2 and "use en or zh" in capsys.readouterr().err


def test_tables_line_up_with_chinese_names(capsys):
    from planner.cli.output import display_width, print_table

    print_table([{"name": "孙志刚", "title": "董事长"}, {"name": "Dan", "title": "CIO"}], ["name", "title"])
    lines = capsys.readouterr().out.splitlines()
    assert display_width(lines[1][: lines[1].index("董")]) == display_width(lines[2][: lines[2].index("CIO")])
