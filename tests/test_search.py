"""Full-text search: Chinese and English, ranking, privacy, filters, and an
index kept in step with every writer (services, sync import, raw SQL)."""

import sqlite3
from datetime import datetime

import pytest
from hypothesis import given, strategies as st

from planner.search import rebuild, search, verify
from planner.search.query import snippet
from planner.search.tokens import index_terms, match_expression
from planner.store import open_database
from planner.store import migrations


def found(db, query, **kw):
    return [(h.kind, h.id) for h in search(db, query, **kw)]


@pytest.fixture
def note(records, account):
    nid, _ = records.create("note", {"account_id": account, "title": "拜访纪要",
                                     "body": "客户说今年的预算已经批复，Q3预算约500万。Budget approval by Weber."})
    return nid


def test_two_character_chinese_query_finds_the_note(db, note):
    hits = search(db, "预算")
    assert [(h.kind, h.id) for h in hits] == [("note", note)]
    h = hits[0]
    assert h.account == "Acme Grid" and "预算" in h.snippet
    assert [h.snippet[s:e] for s, e in h.highlights] == ["预算", "预算"]


@pytest.mark.parametrize("query", ["预", "批复", "今年的预算", "Q3预算", "预算 budget", "budg", "WEBER",
                                   "approval 批复", "500万"])
def test_chinese_english_and_mixed_queries(db, note, query):
    assert found(db, query) == [("note", note)]


@pytest.mark.parametrize("query", ["预批", "算预", "budgetx", "Q4预算", "预算 hospital", "批复了吗"])
def test_no_false_matches(db, note, query):
    assert found(db, query) == []


def test_empty_or_punctuation_query(db, note):
    assert search(db, "") == [] and search(db, " ，。!? ") == []
    assert found(db, '"预算') == [("note", note)]  # quotes cannot break the expression


def test_every_kind_is_found_and_names_rank_first(db, records, account):
    dept, _ = records.create("department", {"account_id": account, "name": "信息通信部"})
    person, _ = records.create("stakeholder", {"account_id": account, "name": "王军", "title": "主任",
                                               "department_id": dept})
    opp, _ = records.create("opportunity", {"account_id": account, "name": "智能运检平台",
                                            "competitors": "华为, 国网信通"})
    visit, _ = records.create("visit", {"account_id": account, "starts_at": datetime(2026, 5, 6, 9, 30),
                                        "purpose": "演示平台", "place": "信通部会议室",
                                        "outcome_feedback": "王军认可接口方案"})
    assert found(db, "信息通信部") == [("stakeholder", person)]
    assert found(db, "华为") == [("opportunity", opp)]
    assert found(db, "会议室") == [("visit", visit)]
    assert search(db, "会议室")[0].when.startswith("2026-05-06")
    assert found(db, "acme") == [("account", account)]
    # the person's name ranks above a visit that mentions it
    assert found(db, "王军") == [("stakeholder", person), ("visit", visit)]
    # pinyin of a Chinese name: syllables, run together, initials
    for q in ("wang jun", "wangjun", "wj"):
        assert found(db, q, kinds=["stakeholder"]) == [("stakeholder", person)], q
    assert found(db, "王军", kinds=["visit"]) == [("visit", visit)]


def test_account_filter(db, records, account, note):
    other, _ = records.create("account", {"name": "Other"})
    records.create("note", {"account_id": other, "body": "预算未定"})
    assert found(db, "预算", account_id=account) == [("note", note)]
    assert len(search(db, "预算")) == 2


def test_note_linked_only_to_a_visit_belongs_to_its_account(db, records, account):
    visit, _ = records.create("visit", {"account_id": account, "starts_at": datetime(2026, 1, 5, 10)})
    n, _ = records.create("note", {"visit_id": visit, "body": "招标文件"})
    assert found(db, "招标", account_id=account) == [("note", n)]


def test_rich_text_notes_are_indexed_as_plain_text(db, records, account):
    html = ('<!DOCTYPE HTML><html><head><style type="text/css">p, li { white-space: pre-wrap; }</style>'
            '</head><body><p>预<b>算</b>审批 &amp; <span style="color:red">tender</span></p></body></html>')
    n, _ = records.create("note", {"account_id": account, "title": "Rich", "body": html})
    assert found(db, "预算审批") == [("note", n)]
    assert found(db, "tender") == [("note", n)]
    assert found(db, "span") == [] and found(db, "white") == []
    assert search(db, "tender")[0].snippet == "预算审批 & tender"


def test_private_records_are_found_locally_and_flagged(db, records, account):
    secret, _ = records.create("note", {"account_id": account, "body": "回扣传闻", "private": True})
    person, _ = records.create("stakeholder", {"account_id": account, "name": "李娜", "title": "内线",
                                               "private_fields": ["title"]})
    visit, _ = records.create("visit", {"account_id": account, "starts_at": datetime(2026, 1, 5, 10),
                                        "purpose": "拜访", "notes": "私下透露底价", "notes_private": True})
    hits = {h.id: h for h in search(db, "回扣 OR 内线") + search(db, "回扣") + search(db, "内线")
            + search(db, "底价")}
    assert hits[secret].private and hits[person].private and hits[visit].private
    assert hits[person].snippet == "内线"
    # what may be shown to others: nothing private matches
    for q in ("回扣", "内线", "底价"):
        assert search(db, q, include_private=False) == [], q
    assert found(db, "李娜", include_private=False) == [("stakeholder", person)]
    assert not search(db, "李娜")[0].private


def test_index_follows_updates_deletes_and_restores(db, records, account, note):
    records.update("note", note, {"body": "需求变更：招标推迟"})
    assert found(db, "预算") == [] and found(db, "招标") == [("note", note)]
    changes = records.delete("note", note)
    changes.merge(records.delete("account", account))
    assert found(db, "招标") == [] and found(db, "acme") == []
    records.restore(changes.deleted)
    assert found(db, "招标") == [("note", note)] and found(db, "acme") == [("account", account)]
    assert verify(db) == []


def test_department_rename_reaches_its_people(db, records, account):
    dept, _ = records.create("department", {"account_id": account, "name": "财务部"})
    person, _ = records.create("stakeholder", {"account_id": account, "name": "何雪", "department_id": dept})
    records.update("department", dept, {"name": "计划财务部"})
    assert found(db, "计划财务") == [("stakeholder", person)]
    records.delete("department", dept)
    assert found(db, "财务部") == []
    assert verify(db) == []


def test_sync_import_is_indexed(tmp_path):
    from tests.sync_replicas import Replica

    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    try:
        acc, _ = a.records.create("account", {"name": "华东电力"})
        n, _ = a.records.create("note", {"account_id": acc, "body": "预算评审会"})
        search(b.db, "预算")  # b's index is built (and empty of a's data)
        b.import_(a.export(full=True))
        assert found(b.db, "预算评审") == [("note", n)]
        a.records.update("note", n, {"body": "技术评分"})
        b.import_(a.export())
        assert found(b.db, "预算") == [] and found(b.db, "技术评分") == [("note", n)]
        a.records.delete("note", n)
        b.import_(a.export())
        assert found(b.db, "技术评分") == []
        assert verify(b.db) == []
    finally:
        a.close()
        b.close()


def test_a_write_by_any_other_program_is_indexed(db, note):
    search(db, "预算")
    raw = sqlite3.connect(db.path)
    raw.execute("UPDATE note SET body = '紫金山' WHERE id = ?", (note,))
    raw.commit()
    raw.close()
    assert found(db, "紫金山") == [("note", note)] and found(db, "预算") == []
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM note WHERE id = ?", (note,))  # not a tombstone: the row is gone
    raw.commit()
    raw.close()
    assert found(db, "紫金山") == [] and verify(db) == []


def test_check_finds_a_damaged_index_and_rebuild_mends_it(db, records, account, note):
    search(db, "预算")
    assert verify(db) == []
    raw = sqlite3.connect(db.path)
    raw.execute("DROP TRIGGER search_note_update")  # a writer that bypasses the queue
    raw.execute("UPDATE note SET body = '紫金山' WHERE id = ?", (note,))
    raw.execute("DELETE FROM search_doc WHERE kind = 'account'")
    raw.commit()
    raw.close()
    problems = verify(db)
    assert any("note record(s) out of date" in p for p in problems)
    assert any("account record(s) missing" in p for p in problems)
    assert any("indexed rows for" in p for p in problems)
    assert any("trigger search_note_update is missing" in p for p in problems)
    from planner.services.check import check_database
    assert any(p.startswith("search index") for p in check_database(db))
    rebuild(db)
    assert verify(db) == []
    assert found(db, "紫金山") == [("note", note)] and found(db, "acme") == [("account", account)]
    records.update("note", note, {"body": "栖霞山"})  # the trigger is back
    assert found(db, "栖霞山") == [("note", note)]


def test_migration_indexes_existing_data(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for m in migrations.available()[:2]:
        for statement in m.statements():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO account (id, clocks, deleted, name, tier, industry, region, currency, status, "
                 "owner, summary, is_demo) VALUES ('a1', '{}', 0, '华东电力', 'A', '', '', 'CNY', 'active', "
                 "'', '预算充足', 0)")
    conn.close()
    db = open_database(path)
    try:
        assert found(db, "预算") == [("account", "a1")]
        assert verify(db) == []
    finally:
        db.close()


def test_a_database_that_skipped_migration_3_gets_the_index(db, note):
    raw = sqlite3.connect(db.path)
    for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        raw.execute(f"DROP TRIGGER {name}")
    for table in ("search_fts", "search_doc", "search_dirty", "search_meta"):
        raw.execute(f"DROP TABLE {table}")
    raw.commit()
    raw.close()
    assert found(db, "预算") == [("note", note)]
    assert verify(db) == []


def test_migration_file_is_what_the_schema_module_prints():
    from pathlib import Path
    from planner.search import schema

    text = (Path(migrations.__file__).parent / "0003_search_index.sql").read_text(encoding="utf-8")
    assert text == schema.ddl()


def test_snippet_window_and_highlights():
    import re
    text = "开头" + "填充" * 60 + "关键预算在这里" + "尾巴" * 60
    cut, spans = snippet(text, re.compile("预算"), width=40)
    assert cut.startswith("…") and cut.endswith("…") and len(cut) == 20 + 2  # 40 columns of Chinese
    assert [cut[s:e] for s, e in spans] == ["预算"] and cut.index("预算") == 1 + 5  # ellipsis, 10 columns before
    cut, spans = snippet("short budget text", re.compile("budget", re.I), width=40)
    assert cut == "short budget text" and spans == [(6, 12)]
    cut, _ = snippet("x" * 100 + " the end budget", re.compile("budget"), width=40)
    assert cut.endswith("the end budget") and len(cut) == 41
    assert snippet("", None) == ("", [])


# -- the cut, as a property: a CJK query matches exactly when it is a substring
from hypothesis import given, settings, strategies as st  # noqa: E402

_han = st.text(alphabet="预算招标审批经理", min_size=0, max_size=30)
_mixed = st.lists(st.one_of(_han, st.sampled_from([" ", "Q3", "budget", "，", "x"])), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_mixed, query=st.text(alphabet="预算招标审批经理", min_size=1, max_size=4))
def test_chinese_query_matches_exactly_the_texts_that_contain_it(text, query):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    conn.execute("INSERT INTO t (x) VALUES (?)", (index_terms(text),))
    hit = conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match_expression(query),)).fetchone()[0]
    assert bool(hit) == (query in text)


def test_lists_find_names_by_the_start_of_each_syllable():
    from planner.text.sortkey import matches

    for query in ("hdms", "HD", "huadms", "dianligongsi", "dianlig", "华东", "电力", "huadong"):
        assert matches(query, "华东某省电力公司"), query
    for query in ("dlgs", "dianlgs", "d", "di"):  # initials only from the start of the name
        assert not matches(query, "华东某省电力公司"), query
    for query in ("wj", "wangj", "wangjun", "wang jun"):
        assert matches(query, "王军"), query
    for query in ("hdsm", "hdmsdlgsx", "wjx", "jw"):
        assert not matches(query, "华东某省电力公司") and not matches(query, "王军"), query


@given(st.lists(st.sampled_from(["wang", "jun", "li", "na", "hua", "dong", "zhang", "sheng"]), min_size=1, max_size=5),
       st.data())
def test_any_run_of_syllable_beginnings_matches(syllables, data):
    from planner.text.sortkey import syllable_starts

    first = data.draw(st.integers(0, len(syllables) - 1))
    last = data.draw(st.integers(first, len(syllables) - 1))
    query = "".join(s[: data.draw(st.integers(1, len(s)))] for s in syllables[first:last + 1])
    assert syllable_starts(query, tuple(syllables))
