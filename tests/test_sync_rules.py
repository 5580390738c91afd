"""The sync rules of shared/SYNC.md, each as a test."""

from datetime import datetime

import pytest

from sync_replicas import Replica, exchange_all


@pytest.fixture
def pair(tmp_path):
    a, b = Replica(tmp_path, "a"), Replica(tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def seed(a: Replica, b: Replica) -> tuple[str, str]:
    account, _ = a.records.create("account", {"name": "华东电力", "tier": "S"})
    person, _ = a.records.create("stakeholder", {"account_id": account, "name": "王军", "title": "CFO"})
    b.import_(a.export())
    return account, person


def test_convergence_and_private_data_stays_home(pair):
    a, b = pair
    account, person = seed(a, b)
    assert a.shared() == b.shared()
    assert b.records.get("stakeholder", person)["name"] == "王军"


def test_idempotence_importing_twice_changes_nothing(pair):
    a, b = pair
    seed(a, b)
    a.records.create("account", {"name": "Second"})
    bundle = a.export()
    first = b.import_(bundle)
    before = b.shared()
    second = b.import_(bundle)
    assert first.added == {"account": 1} and second.already_imported
    assert b.shared() == before
    # the same content in another bundle (full export) is also a no-op
    again = b.import_(a.export(full=True))
    assert not again.added and not again.updated and b.shared() == before


def test_order_does_not_matter(tmp_path):
    a, b, c, d = (Replica(tmp_path, n) for n in "abcd")
    acc, _ = a.records.create("account", {"name": "Same"})
    b.import_(a.export())
    a.records.update("account", acc, {"industry": "电力"})
    b.records.update("account", acc, {"industry": "能源"})
    b.records.update("account", acc, {"region": "华东"})
    ba, bb = a.export(full=True), b.export(full=True)
    c.import_(ba)
    c.import_(bb)
    d.import_(bb)
    d.import_(ba)
    assert c.shared() == d.shared()


def test_concurrent_edits_of_one_field_keep_the_loser_in_the_conflict_list(pair):
    a, b = pair
    _, person = seed(a, b)
    a.records.update("stakeholder", person, {"attitude": "supporter"})
    b.records.update("stakeholder", person, {"attitude": "opponent"})
    a.records.update("stakeholder", person, {"mobile": "13900000000"})   # different fields
    b.records.update("stakeholder", person, {"email": "wj@example.cn"})
    a.import_(b.export())
    b.import_(a.export())
    assert a.shared() == b.shared()
    merged = a.records.get("stakeholder", person)
    assert merged["mobile"] == "13900000000" and merged["email"] == "wj@example.cn"
    winner = merged["attitude"]
    loser = ({"supporter", "opponent"} - {winner}).pop()
    # the rep whose edit lost finds it in the conflict list, with the winner
    lost_side = a if loser == "supporter" else b
    listed = [(c["field"], c["mine"], c["theirs"], c["winner"]) for c in lost_side.conflicts()]
    assert ("attitude", loser, winner, "theirs") in listed, listed


def test_a_later_edit_that_saw_the_other_is_not_a_conflict(pair):
    a, b = pair
    _, person = seed(a, b)
    a.records.update("stakeholder", person, {"title": "总会计师"})
    b.import_(a.export())
    b.records.update("stakeholder", person, {"title": "副总经理"})
    a.import_(b.export())
    assert a.records.get("stakeholder", person)["title"] == "副总经理"
    assert a.conflicts() == []


def test_delete_is_not_resurrected_and_the_losing_edit_can_be_restored(pair):
    from planner.sync.conflicts import resolve

    a, b = pair
    _, person = seed(a, b)
    b.records.update("stakeholder", person, {"title": "Deputy GM"})   # b edits...
    a.records.delete("stakeholder", person)                            # ...a deletes
    a.import_(b.export())
    b.import_(a.export())
    names = [p["name"] for p in a.records.list("stakeholder")]
    assert "王军" not in names and "王军" not in [p["name"] for p in b.records.list("stakeholder")]
    # an old bundle arriving later does not bring the person back
    b.import_(b.export(full=True))
    a.import_(b.export(full=True))
    assert "王军" not in [p["name"] for p in a.records.list("stakeholder")]
    lost = [c for c in b.conflicts() if c["kind"] == "deleted" and c["field"] == "title"]
    assert lost and lost[0]["mine"] == "Deputy GM"
    resolve(b.records, lost[0]["id"], "mine")
    restored = b.records.get("stakeholder", person)
    assert restored["title"] == "Deputy GM"
    a.import_(b.export())
    assert a.records.get("stakeholder", person)["title"] == "Deputy GM"


def test_clock_ten_hours_behind_still_wins_with_an_edit_made_after_import(tmp_path):
    ten_hours = 10 * 3600 * 1000
    real = lambda: int(datetime.now().timestamp() * 1000)  # noqa: E731
    ahead = Replica(tmp_path, "ahead", wall=lambda: real() + ten_hours)
    behind = Replica(tmp_path, "behind", wall=lambda: real() - ten_hours)
    acc, _ = ahead.records.create("account", {"name": "Skew"})
    behind.import_(ahead.export())
    behind.records.update("account", acc, {"region": "after import"})
    ahead.import_(behind.export())
    assert ahead.records.get("account", acc)["region"] == "after import"
    assert ahead.conflicts() == []


def test_private_data_never_appears_in_a_bundle(pair, tmp_path):
    import zipfile

    a, b = pair
    acc, person = seed(a, b)
    a.records.update("stakeholder", person, {"private_notes": "SECRET-NOTE-女儿留学",
                                             "personal_wins": "SECRET-WIN", "private_fields": ["personal_wins"],
                                             # where the rep heard it is as private as what was heard
                                             "personal_wins_source": "SECRET-SOURCE-KTV",
                                             "personal_wins_confidence": "confirmed"})
    a.records.create("note", {"account_id": acc, "title": "t", "body": "SECRET-BODY", "private": True})
    visit, _ = a.records.create("visit", {"account_id": acc, "starts_at": datetime(2026, 5, 1, 10),
                                          "notes": "SECRET-VISIT", "notes_private": True})
    for passphrase in (None, "team secret"):
        path = a.export(full=True, passphrase=passphrase)
        if passphrase:
            from planner.sync.crypto import decrypt_file
            plain = tmp_path / "plain.zip"
            with open(plain, "wb") as out:
                decrypt_file(path, out, passphrase)
            path = plain
        with zipfile.ZipFile(path) as zf:
            data = b"".join(zf.read(n) for n in zf.namelist())
        for secret in ("SECRET-NOTE", "SECRET-WIN", "SECRET-BODY", "SECRET-VISIT", "女儿留学", "SECRET-SOURCE",
                       "personal_wins_confidence"):
            assert secret.encode() not in data
    b.import_(a.export(full=True))
    assert b.records.get("stakeholder", person)["private_notes"] == ""
    assert b.records.get("stakeholder", person)["personal_wins_source"] == ""
    assert b.records.get("stakeholder", person)["personal_wins_confidence"] == "unconfirmed"
    assert b.records.get("visit", visit)["notes"] == ""


def test_encrypted_bundle_round_trip_and_wrong_passphrase(pair):
    from planner.sync.errors import BundleError

    a, b = pair
    a.records.create("account", {"name": "Encrypted"})
    path = a.export(passphrase="correct horse")
    before = b.shared()
    with pytest.raises(BundleError, match="wrong passphrase"):
        b.import_(path, passphrase="wrong")
    with pytest.raises(BundleError, match="encrypted"):
        b.import_(path)
    assert b.shared() == before
    b.import_(path, passphrase="correct horse")
    assert "Encrypted" in [x["name"] for x in b.records.list("account")]


def test_merging_two_accounts_syncs(pair):
    from planner.services.account_merge import merge_accounts

    a, b = pair
    one, _ = a.records.create("account", {"name": "Northwind"})
    two, _ = b.records.create("account", {"name": "Northwind Hospital"})
    p1, _ = a.records.create("stakeholder", {"account_id": one, "name": "Ann"})
    p2, _ = b.records.create("stakeholder", {"account_id": two, "name": "Bob"})
    a.records.create("relationship", {"account_id": one, "source_id": p1, "target_id":
                                      a.records.create("stakeholder", {"account_id": one, "name": "Cy"})[0]})
    a.import_(b.export())
    merge_accounts(a.records, one, two)
    b.import_(a.export())
    for r in (a, b):
        assert [x["name"] for x in r.records.list("account")] == ["Northwind"]
        assert {p["name"] for p in r.records.list("stakeholder", account_id=one)} == {"Ann", "Bob", "Cy"}
    assert a.shared() == b.shared()
    from planner.services.check import check_database
    assert check_database(a.db) == [] and check_database(b.db) == []


def test_dry_run_reports_and_writes_nothing(pair):
    a, b = pair
    a.records.create("account", {"name": "Preview"})
    path = a.export()
    before = b.shared()
    report = b.import_(path, dry_run=True)
    assert report.added == {"account": 1} and report.dry_run
    assert b.shared() == before
    assert b.import_(path).added == {"account": 1}  # not marked as imported by the dry run


def test_delete_of_parent_cascades_to_a_concurrently_added_child(pair):
    from planner.services.check import check_database

    a, b = pair
    acc, person = seed(a, b)
    a.records.delete("account", acc)
    b.records.create("stakeholder", {"account_id": acc, "name": "新来的"})
    exchange_all([a, b])
    assert a.shared() == b.shared()
    assert a.records.list("stakeholder") == []
    assert check_database(a.db) == [] and check_database(b.db) == []
    # the person b added is not silently gone: b can bring it back
    from planner.sync.conflicts import resolve

    lost = [c for c in b.conflicts() if c["kind"] == "deleted" and c["field"] == "name"]
    assert [c["mine"] for c in lost] == ["新来的"]
    resolve(b.records, lost[0]["id"], "mine")
    assert [p["name"] for p in b.records.list("stakeholder")] == ["新来的"]
    assert b.records.get("account", acc) and check_database(b.db) == []


def test_a_person_added_to_an_account_a_teammate_merged_away_moves_to_the_kept_one(pair):
    from planner.services.account_merge import merge_accounts
    from planner.services.check import check_database

    a, b = pair
    keep, _ = a.records.create("account", {"name": "Northwind"})
    dup, _ = a.records.create("account", {"name": "Northwind Hosp."})
    b.import_(a.export())
    merge_accounts(a.records, keep, dup)                                   # a merges...
    dan, _ = b.records.create("stakeholder", {"account_id": dup, "name": "Dan 丹"})  # ...b adds to the duplicate
    exchange_all([a, b], full=False)
    for r in (a, b):
        assert r.records.get("stakeholder", dan)["account_id"] == keep
        assert check_database(r.db) == []
    assert a.shared() == b.shared()


def test_a_child_edited_while_its_parent_was_deleted_can_be_restored_with_the_parent(pair):
    from planner.services.check import check_database
    from planner.sync.conflicts import resolve

    a, b = pair
    acc, person = seed(a, b)
    a.records.delete("account", acc)                                  # a deletes the account...
    b.records.update("stakeholder", person, {"title": "总经理"})        # ...b edits a person in it
    b.import_(a.export())
    assert b.records.list("stakeholder") == []
    lost = [c for c in b.conflicts() if c["kind"] == "deleted" and c["field"] == "title"]
    assert lost and lost[0]["mine"] == "总经理"
    resolve(b.records, lost[0]["id"], "mine")
    assert b.records.get("stakeholder", person)["title"] == "总经理"
    assert b.records.get("account", acc)["name"] == "华东电力"       # the parent comes back too
    assert check_database(b.db) == []
    a.import_(b.export())
    assert a.records.get("stakeholder", person)["title"] == "总经理"
    assert a.shared() == b.shared()


def test_resolving_a_conflict_is_all_or_nothing(pair, monkeypatch):
    from planner.services.records import Writer
    from planner.sync.conflicts import list_conflicts, resolve

    a, b = pair
    _, person = seed(a, b)
    a.records.update("stakeholder", person, {"title": "A"})
    b.records.update("stakeholder", person, {"title": "B"})
    b.import_(a.export())
    conflict = [c for c in b.conflicts() if c["field"] == "title"][0]
    keep = "mine" if conflict["winner"] == "theirs" else "theirs"

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(Writer, "update", broken)
    with pytest.raises(OSError):
        resolve(b.records, conflict["id"], keep)
    monkeypatch.undo()
    assert [c["resolved"] for c in list_conflicts(b.records) if c["id"] == conflict["id"]] == [""]


def test_a_bundle_of_one_account_does_not_make_the_receiver_claim_the_others(tmp_path):
    a, c = (Replica(tmp_path, n) for n in "ac")
    one, _ = a.records.create("account", {"name": "One 一"})
    two, _ = a.records.create("account", {"name": "Two 二"})
    c.import_(a.export(accounts={one}))             # c gets only account One
    assert [x["name"] for x in c.records.list("account")] == ["One 一"]
    a.import_(c.export())                           # c tells a what it has...
    c.import_(a.export())                           # ...so a's next bundle carries Two
    assert {x["name"] for x in c.records.list("account")} == {"One 一", "Two 二"}


def test_a_delta_meant_for_a_teammate_does_not_inflate_a_third_laptops_knowledge(tmp_path):
    from planner.services.clock import device_id
    from planner.sync.state import knowledge

    a, b, c = (Replica(tmp_path, n) for n in "abc")
    a.records.create("account", {"name": "Base"})
    b.import_(a.export())
    a.import_(b.export())                           # a now knows b has Base
    a.records.create("account", {"name": "Later"})
    c.import_(a.export())                           # a delta without Base, opened by c
    assert [x["name"] for x in c.records.list("account")] == ["Later"]
    with a.db.read() as s:
        a_device = device_id(s)
    with c.db.read() as s:
        assert a_device not in knowledge(s)         # c does not claim a's data
    a.import_(c.export())                           # c tells a what it has...
    c.import_(a.export())                           # ...so a's next bundle carries Base
    assert {x["name"] for x in c.records.list("account")} == {"Base", "Later"}


def test_unmarking_private_data_sends_what_was_held_back(pair):
    a, b = pair
    acc, person = seed(a, b)
    a.records.update("stakeholder", person, {"personal_wins": "想升副总", "private_fields": ["personal_wins"]})
    note, _ = a.records.create("note", {"account_id": acc, "title": "私下", "body": "预算 3M", "private": True})
    b.import_(a.export())
    a.import_(b.export())                           # a learns what b has: deltas from now on
    assert b.records.get("stakeholder", person)["personal_wins"] in ("", None)
    assert b.records.list("note") == []
    a.records.update("stakeholder", person, {"private_fields": []})
    a.records.update("note", note, {"private": False})
    b.import_(a.export())                           # a delta: only the marks changed
    assert b.records.get("stakeholder", person)["personal_wins"] == "想升副总"
    assert b.records.get("note", note)["body"] == "预算 3M"


def test_fields_teammates_need_cannot_be_marked_private(records, account):
    from planner.services.errors import ValidationError

    person, _ = records.create("stakeholder", {"account_id": account, "name": "Li"})
    for field in ("name", "account_id", "nonsense"):
        with pytest.raises(ValidationError):
            records.update("stakeholder", person, {"private_fields": [field]})
    records.update("stakeholder", person, {"private_fields": ["phone"]})
