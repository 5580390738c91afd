"""Merging two records of the same real-world account (typed twice by two
reps): everything that points at the duplicate is re-pointed to the kept
account, and the duplicate is redirected (``merged_into_id``) and deleted.
All through ordinary writes, so the merge syncs like any other change."""

from __future__ import annotations

from planner.services import kinds
from planner.services.changes import ChangeSet
from planner.services.errors import ValidationError
from planner.services.records import Records, as_dict
from planner.services.rules import check_rules


def merge_accounts(records: Records, keep_id: str, duplicate_id: str) -> ChangeSet:
    if keep_id == duplicate_id:
        raise ValidationError("choose two different accounts to merge")
    with records.transaction() as w:
        w._live("account", keep_id)
        dup = w._live("account", duplicate_id)
        moved = []
        for kind in kinds.MODELS:
            if kind == "account" or "account_id" not in kinds.references(kind):
                continue
            model = kinds.MODELS[kind]
            rows = w.session.query(model).filter(model.account_id == duplicate_id,
                                                 model.deleted.is_(False)).all()
            for row in rows:
                w.update(kind, row.id, {"account_id": keep_id}, rules=False)
                moved.append((kind, row))
        w.session.flush()
        for kind, row in moved:  # the end state must hold every rule
            check_rules(w.session, kind, as_dict(row))
        w.update("account", dup.id, {"merged_into_id": keep_id})
        w.session.flush()
        w._set_deleted(dup, "account", True, w.clock.now().encode())
    return w.changes
