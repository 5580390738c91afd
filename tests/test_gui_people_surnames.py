"""People tab: names sorted by the surname's reading, found by either
reading; initials match a department name only from its start."""

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.session import Session
from ui.stakeholder_model import RECORD_ROLE
from ui.worker import ImmediateWorker

PEOPLE = {  # name: department
    "王军": "财务部", "吴静": "财务部", "长孙无忌": "公司领导", "曾小明": "财务部", "单田芳": "财务部",
    "曹操": "财务部", "陈明": "财务部", "张三": "财务部", "郑一": "运维检修部", "宋二": "运维检修部",
}


@pytest.fixture
def people(qtbot, db, records):
    account, _ = records.create("account", {"name": "华东某省电力公司", "tier": "S"})
    deps = {}
    for name, dep in PEOPLE.items():
        if dep not in deps:
            deps[dep], _ = records.create("department", {"account_id": account, "name": dep})
        records.create("stakeholder", {"account_id": account, "name": name, "department_id": deps[dep]})
    win = MainWindow(Session(db, ImmediateWorker()))
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    win.accounts.select(account)
    tab = win.page.people
    win.page.tabs.setCurrentWidget(tab)
    return tab


def rows(tab):
    return [tab.proxy.index(r, 0).data(RECORD_ROLE)["name"] for r in range(tab.proxy.rowCount())]


def filtered(tab, qtbot, text):
    tab.search.clear()
    if text.isascii():
        qtbot.keyClicks(tab.search, text)
    else:  # what an input method commits (QTest cannot type Chinese)
        tab.search.insert(text)
    return set(rows(tab))


def test_people_sort_by_the_surname_reading(people):
    people.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    # cao chen shan song wang wu zeng zhang zhangsun zheng: 曾 under Z, 单 under S
    assert rows(people) == ["曹操", "陈明", "单田芳", "宋二", "王军", "吴静", "曾小明", "张三", "长孙无忌", "郑一"]
    people.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert rows(people)[0] == "郑一" and rows(people)[-1] == "曹操"


def test_people_are_found_by_either_reading_of_the_surname(people, qtbot):
    for query in ("zxm", "zengxiaoming", "cxm", "cengxiaoming"):
        assert filtered(people, qtbot, query) == {"曾小明"}, query
    for query in ("shantianfang", "stf", "dantianfang"):
        assert filtered(people, qtbot, query) == {"单田芳"}, query


def test_initials_match_the_start_of_a_department_not_its_middle(people, qtbot):
    assert filtered(people, qtbot, "wj") == {"王军", "吴静", "长孙无忌"}  # not 运维检修部's 维检
    assert filtered(people, qtbot, "yw") == {"郑一", "宋二"}
    assert filtered(people, qtbot, "维检") == {"郑一", "宋二"}  # Chinese text: anywhere
    assert filtered(people, qtbot, "jianxiu") == {"郑一", "宋二"}  # whole syllables: anywhere
    filtered(people, qtbot, "wj")
    assert "3 of 10" in people.count.text()
