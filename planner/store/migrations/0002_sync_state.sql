-- 0002: local sync bookkeeping (bundles, peers, conflicts)
CREATE TABLE sync_bundle (
	bundle_id VARCHAR(36) NOT NULL, 
	direction VARCHAR(10) NOT NULL, 
	device VARCHAR(40) NOT NULL, 
	at DATETIME NOT NULL, 
	summary JSON NOT NULL, 
	PRIMARY KEY (bundle_id)
);

CREATE TABLE sync_peer (
	device VARCHAR(40) NOT NULL, 
	knowledge JSON NOT NULL, 
	last_bundle_at DATETIME, 
	PRIMARY KEY (device)
);

CREATE TABLE sync_conflict (
	id INTEGER NOT NULL, 
	table_name VARCHAR(40) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	mine_value JSON, 
	mine_stamp VARCHAR(80) NOT NULL, 
	theirs_value JSON, 
	theirs_stamp VARCHAR(80) NOT NULL, 
	winner VARCHAR(6) NOT NULL, 
	bundle_id VARCHAR(36) NOT NULL, 
	at DATETIME NOT NULL, 
	resolved VARCHAR(10) NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_sync_conflict_row_id ON sync_conflict (row_id);
