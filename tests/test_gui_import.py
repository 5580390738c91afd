"""File → Import contacts… driven like a user: file, column mapping,
preview with a changed match, import, undo and redo; and the export."""

import pytest
from PySide6.QtWidgets import QWizard

from import_helpers import DATA, people
from ui.main_window import MainWindow
from ui.session import Session
from ui.worker import ImmediateWorker


@pytest.fixture
def win(qtbot, db):
    window = MainWindow(Session(db, ImmediateWorker()))
    qtbot.addWidget(window)
    yield window
    window.close()


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_mapping_wizard_preview_import_undo(win, db, records, tmp_path, qtbot):
    acc, _ = records.create("account", {"name": "华东电网"})
    old = records.create("stakeholder", {"account_id": acc, "name": "王军", "title": "经理"})[0]
    src = tmp_path / "team.csv"
    src.write_text("Nom,Poste,Chef,手机\n王军,采购部长,,13800138000\n李娜,财务总监,王军,\n"
                   "赵六,工程师,李娜,\n", encoding="utf-8")
    wiz = win.contacts.import_contacts(str(src))
    qtbot.waitExposed(wiz)
    assert wiz.file_page.isComplete() and "3 rows, 4 columns" in wiz.file_page.info.text()
    wiz.file_page.account.setCurrentText("华东电网")
    wiz.next()
    page = wiz.mapping_page
    assert wiz.targets == ["", "", "", "mobile"]  # only 手机 is a known header
    assert not page.isComplete() and page.problem.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    pick(page.combos[0], "name")
    pick(page.combos[1], "title")
    pick(page.combos[2], "manager")
    assert page.isComplete() and wiz.targets == ["name", "title", "manager", "mobile"]
    pick(page.combos[3], "name")  # a target can be used once: Nom loses it
    assert wiz.targets == ["", "title", "manager", "name"] and page.combos[0].currentData() == ""
    pick(page.combos[0], "name")
    pick(page.combos[3], "mobile")
    wiz.next()
    preview = wiz.preview_page
    assert wiz.plan.summary()["update"] == 1 and wiz.plan.summary()["create"] == 2
    assert preview.table.item(0, 1).text() == "Update" and "matches 王军 by name" in preview.table.item(0, 4).text()
    assert "3 lines" not in preview.summary.text() and "2 reporting lines" in preview.summary.text()
    # the user says line 2 is somebody else: a new person
    combo = preview.table.cellWidget(0, 5)
    pick(combo, "new")
    assert wiz.plan.row(2).action == "create" and preview.table.item(0, 1).text() == "Create"
    pick(preview.table.cellWidget(0, 5), old)  # no: it is him after all
    assert wiz.plan.row(2).action == "update"
    wiz.button(QWizard.WizardButton.FinishButton).click()
    win.session.bus.flush()
    assert people(db, "华东电网") == {"王军": ("采购部长", "", ""), "李娜": ("财务总监", "", "王军"),
                                     "赵六": ("工程师", "", "李娜")}
    assert "Imported team.csv: 2 people added, 1 updated, 2 reporting lines" in win.statusBar().currentMessage()
    stack = win.session.undo_stack
    assert stack.undoText() == "Import team.csv"
    stack.undo()
    assert people(db, "华东电网") == {"王军": ("经理", "", "")}
    stack.redo()
    assert people(db, "华东电网")["赵六"] == ("工程师", "", "李娜")


def test_a_broken_file_cannot_go_further(win, tmp_path, qtbot):
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"PK\x03\x04 nope")
    wiz = win.contacts.import_contacts(str(broken))
    assert not wiz.file_page.isComplete()
    assert "not a readable Excel workbook" in wiz.file_page.info.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.reject()


def test_salesforce_file_needs_no_mapping(win, db, qtbot):
    wiz = win.contacts.import_contacts(str(DATA / "salesforce.csv"))
    wiz.next()
    assert wiz.mapping_page.isComplete()
    wiz.next()
    assert wiz.plan.summary()["lines"] == 3
    wiz.accept()
    assert people(db, "Acme Logistics")["Priya Nair"] == ("Network Engineer", "IT", "Kenji Tanaka")
    win.session.bus.flush()  # the new account shows in the list at once
    assert any("Acme Logistics" in win.accounts.model.index(r).data()
               for r in range(win.accounts.model.rowCount()))


def test_export_contacts_writes_the_current_account(win, db, records, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win.contacts.import_contacts(str(DATA / "chinese.csv")).accept()  # no plan yet: nothing happens
    from planner.importers import read_source
    from planner.importers.apply import apply_plan
    from planner.importers.plan import build_plan
    win.session.bus.post(apply_plan(records, build_plan(db, read_source(DATA / "chinese.csv"))).changes)
    win.session.bus.flush()
    assert win.accounts.select(records.list("account")[0]["id"])
    out = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "vCard (*.vcf)")))
    win.findChild(type(win.menuBar().actions()[0]), "exportContacts").trigger()
    assert (tmp_path / "out.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 4
