"""The search index's tables and the triggers that keep it in step.

Every write to an indexed table, by any writer (the record services, a sync
import, the ``sqlite3`` shell), fires a trigger that puts the record on a
queue (``search_dirty``); the triggers use only built-in SQL, so no writer
can miss them. Before a search the queue is worked off in Python
(:mod:`planner.search.index`), in the same transaction that removes it from
the queue: the index never disagrees with the records a search reads.

``ddl()`` prints the SQL of migration 0003; a test checks the migration
still says the same.
"""

from __future__ import annotations

#: the tables whose records are found by search
KINDS = ("account", "stakeholder", "opportunity", "visit", "note")

#: tables that belong to the index (not to the models)
TABLES = frozenset({
    "search_doc", "search_dirty", "search_meta",
    "search_fts", "search_fts_data", "search_fts_idx", "search_fts_docsize", "search_fts_config",
})

#: bm25 weights of the FTS columns: title, body, secret (private text), pinyin,
#: scope (terms for the record's kind, account and privacy: filters, not ranked)
WEIGHTS = (10.0, 1.0, 1.0, 4.0, 0.0)

TABLES_SQL = f"""\
CREATE TABLE search_doc (
	doc_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	account_id VARCHAR(36), 
	private BOOLEAN NOT NULL, 
	title TEXT NOT NULL, 
	body TEXT NOT NULL, 
	secret TEXT NOT NULL, 
	pinyin TEXT NOT NULL, 
	PRIMARY KEY (doc_id), 
	UNIQUE (kind, record_id)
);

CREATE INDEX ix_search_doc_account_id ON search_doc (account_id);

CREATE TABLE search_dirty (
	kind VARCHAR(20) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

CREATE TABLE search_meta (
	key VARCHAR(40) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY (key)
);

CREATE VIRTUAL TABLE search_fts USING fts5(title, body, secret, pinyin, scope, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3');

INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25({", ".join(map(str, WEIGHTS))})');
"""


def _enqueue(kind: str, ref: str) -> str:
    return (f"INSERT INTO search_dirty (kind, record_id) SELECT '{kind}', {ref} "
            f"WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = '{kind}' AND record_id = {ref})")


def triggers() -> list[str]:
    """One statement per trigger, each on one line (the migration runner
    splits statements at a semicolon that ends a line)."""
    out = []
    for kind in KINDS:
        for event, ref in (("INSERT", "NEW.id"), ("UPDATE", "NEW.id"), ("DELETE", "OLD.id")):
            out.append(f"CREATE TRIGGER search_{kind}_{event.lower()} AFTER {event} ON {kind} "
                       f"BEGIN {_enqueue(kind, ref)}; END")
    # a person's document holds the name of their department
    out.append(
        "CREATE TRIGGER search_department_update AFTER UPDATE OF name, deleted ON department "
        "BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', s.id FROM stakeholder s "
        "WHERE s.department_id = NEW.id AND NOT EXISTS (SELECT 1 FROM search_dirty "
        "WHERE kind = 'stakeholder' AND record_id = s.id); END")
    return out


def fill() -> list[str]:
    """Queue every live record (the index is built on the first search)."""
    return [f"INSERT INTO search_dirty (kind, record_id) SELECT '{kind}', id FROM {kind} WHERE deleted = 0"
            for kind in KINDS]


#: the index version migration 0003 records: a database whose index is older
#: than tokens.VERSION re-indexes everything on its next search
MIGRATION_VERSION = "1"


def ddl() -> str:
    parts = ["-- 0003: full-text search index (planner/search/schema.py prints this file)\n",
             TABLES_SQL]
    parts += [t + ";\n" for t in triggers()]
    parts += [f + ";\n" for f in fill()]
    parts.append(f"INSERT INTO search_meta (key, value) VALUES ('version', '{MIGRATION_VERSION}');\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(ddl(), end="")
