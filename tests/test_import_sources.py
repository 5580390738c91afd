"""Reading contact files: encodings, headers, Excel, vCard quirks."""

import pytest

from import_helpers import DATA
from planner.importers import ImportFileError, read_source
from planner.importers.headers import detect, recognise
from planner.importers.mapping import Mapping, load_mapping
from planner.importers.sources.csv_source import read_csv
from planner.importers.sources.decode import decode


def targets(table):
    return dict(zip(table.headers, Mapping().targets(table)))


@pytest.mark.parametrize("file,encoding", [
    ("chinese.csv", "utf-8"), ("bom.csv", "utf-8-sig"), ("gbk.csv", "gb18030"),
    ("outlook.csv", "cp1252"), ("salesforce.csv", "utf-8")])
def test_each_sample_decodes_with_its_encoding(file, encoding):
    table = read_source(DATA / file)
    assert table.encoding == encoding
    text = " ".join(" ".join(r.values) for r in table.rows)
    assert "\ufffd" not in text and "\ufeff" not in table.headers[0]


def test_gbk_csv_reads_chinese_names_and_headers():
    table = read_source(DATA / "gbk.csv")
    assert table.headers[:3] == ["姓名", "职位", "部门"]
    assert [r.values[0] for r in table.rows] == ["刘洋", "赵敏", "孙丽"]
    assert table.rows[2].values[1] == "安全员（工会代表）"


def test_cp1252_is_not_mistaken_for_gbk():
    # "Müller" is valid GBK bytes too (ü+l = one CJK character): must stay Latin
    text, encoding = decode("Name\nJürgen Müller\nChloé Dubois\n".encode("cp1252"))
    assert encoding == "cp1252" and "Müller" in text


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "gb18030", "cp1252"])
def test_decode_each_encoding(enc):
    sample = "姓名,职务\n王军,总经理" if enc in ("utf-8", "utf-8-sig", "gb18030") else "Name\nJosé Núñez"
    assert decode(sample.encode(enc))[0] == sample


def test_binary_data_is_refused_in_one_line():
    with pytest.raises(ImportFileError, match="not a text file"):
        read_csv(b"\x00\x01\x02binary", "x.csv")


def test_broken_quotes_name_the_line():
    with pytest.raises(ImportFileError, match="line"):
        read_csv(b'Name,Title\n"Li Na,CEO\n', "x.csv")


def test_rows_keep_the_line_they_start_on():
    table = read_source(DATA / "salesforce.csv")
    # David Chen's description spans two lines, so Priya Nair is on line 6
    assert [(r.line, r.values[6]) for r in table.rows] == [
        (2, "Maria Garcia"), (3, "Kenji Tanaka"), (4, "David Chen"), (6, "Priya Nair")]


def test_semicolon_separated_csv():
    table = read_csv("Name;Title;E-mail\nLi Na;CFO;li@x.cn\n".encode(), "x.csv")
    assert table.rows[0].values == ["Li Na", "CFO", "li@x.cn"]


def test_headers_recognised_in_chinese_and_english():
    assert detect(["姓名", "职务", "部门", "手机", "邮箱", "上级", "公司"]) == [
        "name", "title", "department", "mobile", "email", "manager", "account"]
    assert detect(["Name", "Title", "Department", "Mobile", "E-mail", "Reports to", "Account"]) == [
        "name", "title", "department", "mobile", "email", "manager", "account"]
    assert [recognise(h) for h in ("职位", "电话", "电子邮件", "汇报对象", "客户", "First Name",
                                    "Last Name", "Phone", "Company")] == [
        "title", "phone", "email", "manager", "account", "first_name", "last_name", "phone", "account"]


def test_salesforce_columns():
    t = targets(read_source(DATA / "salesforce.csv"))
    assert (t["Id"], t["AccountId"], t["Account.Name"], t["ReportsToId"], t["MobilePhone"],
            t["Salutation"], t["OwnerId"]) == ("external_id", "", "account", "manager_id", "mobile", "", "")


def test_outlook_columns_title_is_the_salutation():
    t = targets(read_source(DATA / "outlook.csv"))
    assert t["Title"] == "" and t["Job Title"] == "title"
    assert (t["E-mail Address"], t["E-mail 2 Address"], t["Manager's Name"], t["Business Phone"]) == (
        "email", "", "manager", "phone")


def test_mapping_overrides_and_round_trips(tmp_path):
    table = read_csv("Nom,Poste,Code\nLi Na,CFO,7\n".encode(), "x.csv")
    assert Mapping().targets(table) == ["", "", ""]
    m = Mapping({"Nom": "name", "Poste": "title"}, account="Acme")
    path = tmp_path / "m.json"
    path.write_text(m.to_json(), encoding="utf-8")
    loaded = load_mapping(path)
    assert loaded == m and loaded.targets(table) == ["name", "title", ""]


def test_bad_mapping_says_which_field(tmp_path):
    path = tmp_path / "m.json"
    path.write_text('{"columns": {"Nom": "nme"}}', encoding="utf-8")
    with pytest.raises(ImportFileError, match="unknown field 'nme'"):
        load_mapping(path)


def test_xlsx_through_openpyxl(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([])  # a blank first row, as people leave them
    sheet.append(["姓名", "职务", "手机", "上级"])
    sheet.append(["王军", "总经理", 13800138000, None])
    sheet.append(["李娜", "财务总监", "139 0013 9000", "王军"])
    path = tmp_path / "org.xlsx"
    book.save(path)
    table = read_source(path)
    assert table.kind == "xlsx" and table.headers == ["姓名", "职务", "手机", "上级"]
    assert [(r.line, r.values) for r in table.rows] == [
        (3, ["王军", "总经理", "13800138000", ""]), (4, ["李娜", "财务总监", "139 0013 9000", "王军"])]


def test_broken_xlsx_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_source(path)


def test_vcard_3_folded_lines_and_quoted_printable():
    table = read_source(DATA / "phone-v3.vcf")
    rows = [dict(zip(table.headers, r.values)) for r in table.rows]
    wang, li = rows
    assert wang["name"] == "王小明" and wang["account"] == "华东电网" and wang["department"] == "信息中心"
    assert wang["title"] == "信息中心副主任，负责数据中心和网络安全项目的规划与建设"  # folded
    assert wang["note"] == "Met at the 2024 grid expo, Shanghai.\nLikes detailed technical docs."
    assert (wang["mobile"], wang["phone"]) == ("+86 138 1111 2222", "021-5555 0001")
    # quoted-printable UTF-8 with a soft line break, and GBK
    assert (li["name"], li["department"], li["title"], li["manager"]) == ("李四", "采购部", "采购主管", "王小明")
    assert li["mobile"] == "13922223333"  # vCard 2.1 bare TEL;CELL
    assert [r.line for r in table.rows] == [1, 14]


def test_vcard_4():
    table = read_source(DATA / "v4.vcf")
    row = dict(zip(table.headers, table.rows[0].values))
    assert row["name"] == "Émilie Laurent" and row["account"] == "St Mary's Hospital Group"
    assert (row["mobile"], row["phone"]) == ("+44-7700-900123", "+44-20-7946-0958")
    assert row["address"] == "1 Praed Street, London, W2 1NY, UK"


def test_file_without_cards_is_refused(tmp_path):
    path = tmp_path / "x.vcf"
    path.write_text("hello\n")
    with pytest.raises(ImportFileError, match="no vCard"):
        read_source(path)


def test_title_rows_above_the_headers_are_passed_over(tmp_path):
    text = "华东电网联系人名单（2024年3月）\n\n姓名;职务;手机\n王军;总经理;138\n"
    table = read_csv(text.encode("gb18030"), "x.csv")
    assert table.headers == ["姓名", "职务", "手机"]
    assert [(r.line, r.values) for r in table.rows] == [(4, ["王军", "总经理", "138"])]
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Contacts at Acme — do not share"])
    book.active.append(["Name", "Title", "Reports to"])
    book.active.append(["Maria Garcia", "CEO", None])
    book.save(tmp_path / "t.xlsx")
    table = read_source(tmp_path / "t.xlsx")
    assert table.headers == ["Name", "Title", "Reports to"] and table.rows[0].line == 3


def test_two_columns_with_one_header_keep_their_own_targets():
    table = read_csv("Name,Phone,Phone\nLi Na,021-1,139\n".encode(), "x.csv")
    m = Mapping.from_targets(table, ["name", "phone", "mobile"])
    assert m.targets(table) == ["name", "phone", "mobile"]


def test_vcard_as_an_iphone_writes_it():
    from planner.importers.vcard import read_vcards

    card = ("BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
            "N:Zhou;Yu;;;\nFN:Yu Zhou\nORG:Acme Logistics;\n"
            "item1.TEL;type=CELL;type=VOICE;type=pref:+1 (415) 555-0111\n"
            "item2.EMAIL;type=INTERNET;type=pref:yu.zhou@acme.example\n"
            "item2.X-ABLabel:_$!<Work>!$_\nEND:VCARD\n")
    row = dict(zip(*[read_vcards(card.encode()).headers, read_vcards(card.encode()).rows[0].values]))
    assert (row["name"], row["account"], row["department"]) == ("Yu Zhou", "Acme Logistics", "")
    assert (row["mobile"], row["email"]) == ("+1 (415) 555-0111", "yu.zhou@acme.example")
