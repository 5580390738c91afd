"""Change-sets: what a service call changed, by kind and id (shared/STYLE.md).

Every write returns one; the GUI broadcasts it on one application-wide
signal and each view refreshes only what concerns it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    #: fields written per (kind, id), for views that care about one column
    fields: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, what: str, kind: str, record_id: str, fields: set[str] | None = None) -> None:
        getattr(self, what).setdefault(kind, set()).add(record_id)
        if fields:
            self.fields.setdefault((kind, record_id), set()).update(fields)

    def merge(self, other: "ChangeSet") -> "ChangeSet":
        for what in ("created", "updated", "deleted"):
            for kind, ids in getattr(other, what).items():
                getattr(self, what).setdefault(kind, set()).update(ids)
        for key, names in other.fields.items():
            self.fields.setdefault(key, set()).update(names)
        return self

    def kinds(self) -> set[str]:
        return set(self.created) | set(self.updated) | set(self.deleted)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds() & set(kinds))

    def ids(self, kind: str) -> set[str]:
        return (self.created.get(kind, set()) | self.updated.get(kind, set())
                | self.deleted.get(kind, set()))

    def __bool__(self) -> bool:
        return bool(self.kinds())
