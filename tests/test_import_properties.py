"""Property tests of the contact parsers and the export/import round trip."""

import csv
import io

from hypothesis import HealthCheck, given, settings, strategies as st

from import_helpers import people
from planner.importers import read_source
from planner.importers.apply import apply_plan
from planner.importers.plan import build_plan
from planner.importers.sources.csv_source import read_csv
from planner.importers.vcard import COLUMNS, fold, read_vcards, to_vcard, unfold

# printable text on one line, as people type it (no control characters)
line_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
                    max_size=200)
field_text = line_text.map(str.strip)
cjk_word = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)


@given(st.one_of(line_text, st.text(alphabet="ab ;:=中é𝄞", min_size=60, max_size=300)))
def test_fold_then_unfold_is_the_same_line(text):
    line = "NOTE:" + text
    folded = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))
    assert unfold(folded + "\r\n") == [(1, line)]


@given(st.fixed_dictionaries({k: field_text for k in
                              ("name", "title", "account", "department", "mobile", "phone",
                               "email", "address", "manager")},
                             optional={"note": st.text(st.one_of(line_text.filter(bool).map(
                                 lambda t: t[0]), st.sampled_from("\n\t")), max_size=80).map(str.strip)}))
def test_vcard_written_reads_back(person):
    """Multi-line notes, commas, semicolons, backslashes and any script survive."""
    person["name"] = person["name"] or "x"
    table = read_vcards(to_vcard(person).encode("utf-8"))
    got = dict(zip(COLUMNS, table.rows[0].values))
    expected = dict(person)
    if not person["account"] and person["department"]:
        expected["account"] = ""
    for k, v in expected.items():
        assert got[k] == v, k


@given(st.lists(st.lists(field_text, min_size=3, max_size=3), min_size=1, max_size=8),
       st.sampled_from(["utf-8", "utf-8-sig"]))
def test_csv_reads_what_csv_writes(rows, encoding):
    rows = [r for r in rows if any(r)]
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows([["Name", "Title", "Note"], *rows])
    table = read_csv(buf.getvalue().encode(encoding))
    assert [r.values for r in table.rows] == rows


@given(st.lists(st.lists(cjk_word, min_size=2, max_size=2), min_size=1, max_size=8))
def test_gbk_csv_reads_back(rows):
    text = "姓名,职务\n" + "".join(",".join(r) + "\n" for r in rows)
    table = read_csv(text.encode("gb18030"))
    assert table.encoding == "gb18030" and [r.values for r in table.rows] == rows


names = st.one_of(cjk_word.filter(lambda w: len(w) >= 2),
                  st.from_regex(r"[A-Z][a-z]{1,6} [A-Z][a-z]{1,8}", fullmatch=True))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(names, field_text.map(lambda t: t[:60]),
                          st.sampled_from(["", "IT", "财务部", "Procurement"]),
                          st.integers(0, 30)),
                min_size=1, max_size=12, unique_by=lambda p: p[0].casefold()))
def test_exported_csv_reimports_to_the_same_people(tmp_path_factory, rows):
    from planner.importers.export import export_contacts
    from planner.services import Records
    from planner.store import open_database

    folder = tmp_path_factory.mktemp("rt")
    db = open_database(folder / "a.db")
    other = open_database(folder / "b.db")
    try:
        records = Records(db)
        acc, _ = records.create("account", {"name": "华东电网"})
        deps, ids = {}, []
        for name, title, dep, boss in rows:
            given = {"account_id": acc, "name": name, "title": title}
            if dep:
                if dep not in deps:
                    deps[dep] = records.create("department", {"account_id": acc, "name": dep})[0]
                given["department_id"] = deps[dep]
            ids.append(records.create("stakeholder", given)[0])
        for i, (_, _, _, boss) in enumerate(rows):
            if boss < i:  # an earlier person: never a circle
                records.create("relationship", {"account_id": acc, "source_id": ids[i],
                                                "target_id": ids[boss], "kind": "reports_to"})
        export_contacts(db, acc, folder / "out.csv")
        apply_plan(Records(other), build_plan(other, read_source(folder / "out.csv")))
        assert people(other) == people(db)
    finally:
        db.close()
        other.close()
