-- 0003: full-text search index (planner/search/schema.py prints this file)

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

INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0, 4.0, 0.0)');

CREATE TRIGGER search_account_insert AFTER INSERT ON account BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'account', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'account' AND record_id = NEW.id); END;

CREATE TRIGGER search_account_update AFTER UPDATE ON account BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'account', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'account' AND record_id = NEW.id); END;

CREATE TRIGGER search_account_delete AFTER DELETE ON account BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'account', OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'account' AND record_id = OLD.id); END;

CREATE TRIGGER search_stakeholder_insert AFTER INSERT ON stakeholder BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'stakeholder' AND record_id = NEW.id); END;

CREATE TRIGGER search_stakeholder_update AFTER UPDATE ON stakeholder BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'stakeholder' AND record_id = NEW.id); END;

CREATE TRIGGER search_stakeholder_delete AFTER DELETE ON stakeholder BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'stakeholder' AND record_id = OLD.id); END;

CREATE TRIGGER search_opportunity_insert AFTER INSERT ON opportunity BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'opportunity', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'opportunity' AND record_id = NEW.id); END;

CREATE TRIGGER search_opportunity_update AFTER UPDATE ON opportunity BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'opportunity', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'opportunity' AND record_id = NEW.id); END;

CREATE TRIGGER search_opportunity_delete AFTER DELETE ON opportunity BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'opportunity', OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'opportunity' AND record_id = OLD.id); END;

CREATE TRIGGER search_visit_insert AFTER INSERT ON visit BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'visit', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'visit' AND record_id = NEW.id); END;

CREATE TRIGGER search_visit_update AFTER UPDATE ON visit BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'visit', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'visit' AND record_id = NEW.id); END;

CREATE TRIGGER search_visit_delete AFTER DELETE ON visit BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'visit', OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'visit' AND record_id = OLD.id); END;

CREATE TRIGGER search_note_insert AFTER INSERT ON note BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'note', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'note' AND record_id = NEW.id); END;

CREATE TRIGGER search_note_update AFTER UPDATE ON note BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'note', NEW.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'note' AND record_id = NEW.id); END;

CREATE TRIGGER search_note_delete AFTER DELETE ON note BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'note', OLD.id WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'note' AND record_id = OLD.id); END;

CREATE TRIGGER search_department_update AFTER UPDATE OF name, deleted ON department BEGIN INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', s.id FROM stakeholder s WHERE s.department_id = NEW.id AND NOT EXISTS (SELECT 1 FROM search_dirty WHERE kind = 'stakeholder' AND record_id = s.id); END;

INSERT INTO search_dirty (kind, record_id) SELECT 'account', id FROM account WHERE deleted = 0;

INSERT INTO search_dirty (kind, record_id) SELECT 'stakeholder', id FROM stakeholder WHERE deleted = 0;

INSERT INTO search_dirty (kind, record_id) SELECT 'opportunity', id FROM opportunity WHERE deleted = 0;

INSERT INTO search_dirty (kind, record_id) SELECT 'visit', id FROM visit WHERE deleted = 0;

INSERT INTO search_dirty (kind, record_id) SELECT 'note', id FROM note WHERE deleted = 0;

INSERT INTO search_meta (key, value) VALUES ('version', '1');
