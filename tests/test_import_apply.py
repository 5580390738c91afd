"""Importing into the database: people, departments, accounts and reporting
lines; matching; all or nothing; re-import updates; undo and redo."""


import pytest

from import_helpers import DATA, count, people
from planner.importers import read_source
from planner.importers.apply import ImportFailed, apply_plan, redo_import, undo_import
from planner.importers.plan import build_plan
from planner.importers.sources.csv_source import read_csv
from planner.models import Account, Department, Note, Relationship, Stakeholder
from planner.services.dump import dump


def run(db, records, file, **kw):
    plan = build_plan(db, read_source(DATA / file), **kw)
    return plan, apply_plan(records, plan)


def test_salesforce_three_level_chain(db, records):
    plan, result = run(db, records, "salesforce.csv")
    assert plan.summary()["lines"] == 3
    assert people(db, "Acme Logistics") == {
        "Maria Garcia": ("CEO", "Executive", ""),
        "David Chen": ("CIO", "IT", "Maria Garcia"),
        "Kenji Tanaka": ("IT Manager", "IT", "David Chen"),
        "Priya Nair": ("Network Engineer", "IT", "Kenji Tanaka"),
    }
    assert count(db, Account) == 1 and count(db, Department) == 2
    with db.read() as s:
        notes = sorted(n.body for n in s.query(Note))
    assert notes == ["Final say on anything over $1M", "Sponsor of the\nfleet telematics project"]


def test_chinese_sheet_with_manager_names(db, records):
    plan, _ = run(db, records, "chinese.csv")
    skipped = [(r.line, r.messages()) for r in plan.rows if r.action == "skip"]
    assert skipped == [(6, "no name")]
    assert people(db, "华东电网") == {
        "张伟": ("总经理", "总经办", ""), "李娜": ("财务总监", "财务部", "张伟"),
        "王军": ("采购经理", "采购部", "李娜"), "欧阳晓明": ("信息中心主任", "信息中心", "张伟")}


def test_gbk_bom_outlook_and_vcards(db, records):
    for file in ("gbk.csv", "outlook.csv", "v4.vcf"):
        run(db, records, file)
    run(db, records, "bom.csv", account="St Mary's Hospital Group")
    assert people(db, "上海电力")["孙丽"] == ("安全员（工会代表）", "安全监察部", "赵敏")
    assert people(db, "Nordwind Energie GmbH")["Chloé Dubois"] == ("Einkäuferin", "Einkauf", "Jürgen Müller")
    hospital = people(db, "St Mary's Hospital Group")
    assert hospital["陈静"] == ("Head of Procurement", "Procurement", "Sarah O'Neill")
    assert hospital['Tom "TJ" Jones'] == ("Buyer, estates", "Procurement", "陈静")
    assert hospital["Émilie Laurent"] == ("Head of Clinical Engineering", "Clinical Engineering", "")
    assert count(db, Account) == 3  # the vCard's ORG matched the --account of the CSV


def test_vcard_joins_an_existing_account_and_its_departments(db, records):
    run(db, records, "chinese.csv")
    plan, _ = run(db, records, "phone-v3.vcf")
    assert plan.new_accounts == [] and plan.new_departments == []
    assert people(db, "华东电网")["李四"] == ("采购主管", "采购部", "王小明")


def test_reimport_updates_instead_of_duplicating(db, records):
    run(db, records, "salesforce.csv")
    before = dump(db)
    plan, result = run(db, records, "salesforce.csv")
    assert plan.summary() == {"create": 0, "update": 0, "unchanged": 4, "skip": 0,
                              "accounts": 0, "departments": 0, "lines": 0}
    assert dump(db)["records"] == before["records"]
    # the CRM changed: a new title and a new manager
    text = (DATA / "salesforce.csv").read_text(encoding="utf-8").replace('"IT Manager"', '"Head of IT Ops"')
    text = text.replace('"0035g00000AbC02AAA","0055g000001Owner",""', '"0035g00000AbC01AAA","0055g000001Owner",""')
    plan = build_plan(db, read_csv(text.encode(), "salesforce.csv"))
    kenji = plan.row(3)
    assert kenji.action == "update" and kenji.fields == {"title": "Head of IT Ops"}
    apply_plan(records, plan)
    assert people(db, "Acme Logistics")["Kenji Tanaka"] == ("Head of IT Ops", "IT", "Maria Garcia")
    assert count(db, Stakeholder) == 4 and count(db, Relationship) == 3


def test_matching_by_email_phone_and_name(db, records, account):
    a = records.create("stakeholder", {"account_id": account, "name": "Li Na", "email": "LI@acme.cn"})[0]
    b = records.create("stakeholder", {"account_id": account, "name": "Wang Jun", "mobile": "+86 138 0013 8000"})[0]
    c = records.create("stakeholder", {"account_id": account, "name": "Zhao Min", "title": "CTO"})[0]
    csv = ("Name,E-mail,Mobile,Title\nNa Li,li@acme.cn,,CFO\nJun Wang,,13800138000,\n"
           "zhao  min,,,CTO\nNew Person,,,\n")
    plan = build_plan(db, read_csv(csv.encode(), "x.csv"), account="Acme Grid")
    got = [(r.line, r.action, r.match_id, r.reason.code if r.reason else "") for r in plan.rows]
    assert got == [(2, "update", a, "by_email"), (3, "update", b, "by_phone"),
                   (4, "unchanged", c, "by_name"), (5, "create", None, "")]
    assert plan.row(2).fields == {"name": "Na Li", "title": "CFO"}
    assert plan.row(3).fields == {"name": "Jun Wang"}  # same number, the rep's formatting kept


def test_never_blanks_out_what_the_rep_has(db, records, account):
    pid = records.create("stakeholder", {"account_id": account, "name": "Li Na", "mobile": "139",
                                         "title": "CFO"})[0]
    plan = build_plan(db, read_csv(b"Name,Mobile,Title\nLi Na,,\n", "x.csv"), account="Acme Grid")
    assert plan.row(2).action == "unchanged"
    apply_plan(records, plan)
    assert records.get("stakeholder", pid)["mobile"] == "139"


def test_matching_choices_override(db, records, account):
    a = records.create("stakeholder", {"account_id": account, "name": "Li Na"})[0]
    b = records.create("stakeholder", {"account_id": account, "name": "Li Na", "title": "Buyer"})[0]
    table = read_csv("Name,Title\nLi Na,CFO\nZhou Yu,CTO\n".encode(), "x.csv")
    plan = build_plan(db, table, account="Acme Grid")
    assert plan.row(2).action == "skip" and plan.row(2).reason.code == "ambiguous"
    assert {pid for pid, _ in plan.row(2).candidates} == {a, b}
    plan = build_plan(db, table, account="Acme Grid", choices={2: b, 3: "skip"})
    assert (plan.row(2).action, plan.row(2).match_id, plan.row(3).action) == ("update", b, "skip")
    plan = build_plan(db, table, account="Acme Grid", choices={2: "new"})
    assert plan.row(2).action == "create"


def test_same_person_twice_in_a_file(db, records):
    csv = "Name,E-mail,Company\nLi Na,li@x.cn,Acme\nLI NA,li@x.cn,Acme\n"
    plan = build_plan(db, read_csv(csv.encode(), "x.csv"))
    assert plan.row(3).action == "skip" and plan.row(3).messages() == "same person as line 2"
    apply_plan(records, plan)
    assert count(db, Stakeholder) == 1


def test_rows_without_account_are_skipped_with_reason(db, records):
    plan = build_plan(db, read_csv(b"Name\nLi Na\n", "x.csv"))
    assert plan.row(2).action == "skip"
    assert plan.row(2).messages("zh") == "没有客户：请指定客户或填写客户列"


def test_too_long_value_is_a_skipped_row_with_its_line(db, records):
    csv = "Name,Title,Company\nLi Na,CFO,Acme\nZhou Yu," + "x" * 300 + ",Acme\n"
    plan = build_plan(db, read_csv(csv.encode(), "x.csv"))
    assert plan.row(3).action == "skip" and "longer than 200" in plan.row(3).messages()


def test_reporting_circle_in_a_file_is_left_out(db, records):
    csv = "Name,Reports to,Company\nA,B,Acme\nB,C,Acme\nC,A,Acme\n"
    plan = build_plan(db, read_csv(csv.encode(), "x.csv"))
    assert len(plan.lines) == 2
    assert "circle" in plan.row(4).messages()
    apply_plan(records, plan)
    assert count(db, Relationship) == 2


def test_a_failure_half_way_changes_nothing(db, records, account, monkeypatch):
    from planner.services.records import Writer

    run(db, records, "chinese.csv")
    before = dump(db)
    plan = build_plan(db, read_source(DATA / "salesforce.csv"))
    real, calls = Writer.create, []

    def failing(self, kind, given, record_id=None):
        calls.append(kind)
        if kind == "relationship" and calls.count("relationship") == 2:
            from planner.services.errors import ValidationError
            raise ValidationError("simulated refusal")
        return real(self, kind, given, record_id)
    monkeypatch.setattr(Writer, "create", failing)
    with pytest.raises(ImportFailed, match=r"^line 4: simulated refusal; nothing was imported"):
        apply_plan(records, plan)
    assert dump(db) == before


def test_broken_file_changes_nothing(db, records, tmp_path):
    run(db, records, "chinese.csv")
    before = dump(db)
    broken = tmp_path / "contacts.xlsx"
    broken.write_bytes((DATA / "chinese.csv").read_bytes())
    from planner.importers import ImportFileError
    with pytest.raises(ImportFileError):
        build_plan(db, read_source(broken))
    assert dump(db) == before


def test_undo_and_redo_the_whole_import(db, records):
    run(db, records, "chinese.csv")
    before = dump(db)
    text = (DATA / "chinese.csv").read_text(encoding="utf-8").replace("采购经理", "采购部长")
    text += "赵六,工程师,工程部,,,王军,华东电网\n"
    plan = build_plan(db, read_csv(text.encode(), "c.csv"))
    result = apply_plan(records, plan)
    after = dump(db)
    assert people(db)["赵六"] == ("工程师", "工程部", "王军")
    undo_import(records, result)
    assert dump(db)["records"] == before["records"]
    redo_import(records, result)
    assert dump(db)["records"] == after["records"]


def test_export_csv_and_vcard(db, records, tmp_path):
    from planner.importers.export import export_contacts

    run(db, records, "chinese.csv")
    acc = records.list("account")[0]["id"]
    pid = next(p["id"] for p in records.list("stakeholder") if p["name"] == "李娜")
    records.update("stakeholder", pid, {"private_fields": ["mobile"]})
    assert export_contacts(db, acc, tmp_path / "c.csv") == 4
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "13900139000" not in raw.decode("utf-8")  # private: never exported
    export_contacts(db, acc, tmp_path / "c.vcf")
    vcf = (tmp_path / "c.vcf").read_text(encoding="utf-8")
    assert vcf.count("BEGIN:VCARD") == 4 and "VERSION:4.0" in vcf and "N:欧阳;晓明;;;" in vcf
    # both re-import into a fresh database as the same people and lines
    for name in ("c.csv", "c.vcf"):
        fresh = tmp_path / f"fresh-{name}"
        fresh.mkdir()
        from planner.services import Records
        from planner.store import open_database
        other = open_database(fresh / "x.db")
        try:
            apply_plan(Records(other), build_plan(other, read_source(tmp_path / name)))
            assert people(other) == people(db)
        finally:
            other.close()


def test_xlsx_sheet_with_reporting_lines(db, records, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["客户名称", "姓名", "职位", "所属部门", "手机号码", "直属上级"])
    sheet.append(["华东电网", "孙志刚", "董事长", "公司领导", 13900000001, None])
    sheet.append(["华东电网", "钱卫东", "副总经理", "公司领导", 13900000002, "孙志刚"])
    sheet.append(["华东电网", "李娜", "信息通信部副主任", "信息通信部", None, "钱卫东"])
    book.save(tmp_path / "org.xlsx")
    plan = build_plan(db, read_source(tmp_path / "org.xlsx"))
    assert [r.line for r in plan.rows] == [2, 3, 4]
    apply_plan(records, plan)
    assert people(db, "华东电网") == {"孙志刚": ("董事长", "公司领导", ""),
                                     "钱卫东": ("副总经理", "公司领导", "孙志刚"),
                                     "李娜": ("信息通信部副主任", "信息通信部", "钱卫东")}
    assert records.list("stakeholder", name="孙志刚")[0]["mobile"] == "13900000001"
    # the same sheet again: nothing new
    assert build_plan(db, read_source(tmp_path / "org.xlsx")).summary()["unchanged"] == 3


def test_a_latin_spelling_of_a_chinese_name_does_not_rename_the_person(db, records, account, tmp_path):
    """An English address book writes 王军 as "Wang, Jun" or "Jun Wang": the
    Chinese name stays, the spelling goes to the romanised name."""
    from planner.importers.matching import spells

    wang, _ = records.create("stakeholder", {"account_id": account, "name": "王军", "mobile": "13905716626"})
    li, _ = records.create("stakeholder", {"account_id": account, "name": "李娜", "email": "li.na@grid.cn",
                                           "name_romanised": "Li Na"})
    acc = records.get("account", account)["name"]
    sheet = tmp_path / "outlook.csv"
    sheet.write_text("Name,Title,Company,Mobile,E-mail\n"
                     f'"Wang, Jun",Director,{acc},+86 139 0571 6626,\n'
                     f"Na Li,,{acc},,li.na@grid.cn\n", encoding="utf-8")
    plan, _ = run(db, records, sheet)
    assert [r.action for r in plan.rows] == ["update", "unchanged"]
    assert records.get("stakeholder", wang)["name"] == "王军"
    assert records.get("stakeholder", wang)["name_romanised"] == "Wang, Jun"
    assert records.get("stakeholder", wang)["title"] == "Director"  # a real change is still taken
    assert records.get("stakeholder", li)["name"] == "李娜"
    assert spells("Xiaoming Li", "李晓明") and spells("LI Xiaoming", "李晓明")
    assert not spells("Li Ming", "李晓明") and not spells("王军", "王军") and not spells("Jun", "Jun")
