-- 0004: the account plan (issue 10): objectives, SWOT, offering catalogue and
-- whitespace, risks, NPS scores; actions serve an objective; tier rationale on
-- the account; the message that answers an executive's concern.
CREATE TABLE offering (
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_offering_deleted ON offering (deleted);

CREATE TABLE objective (
	account_id VARCHAR(36) NOT NULL, 
	period VARCHAR(40) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	target FLOAT, 
	actual FLOAT, 
	measure TEXT NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	due_date DATE, 
	status VARCHAR(20) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_objective_account_id ON objective (account_id);

CREATE INDEX ix_objective_deleted ON objective (deleted);

CREATE TABLE risk (
	account_id VARCHAR(36) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	likelihood INTEGER NOT NULL, 
	impact INTEGER NOT NULL, 
	mitigation TEXT NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_risk_account_id ON risk (account_id);

CREATE INDEX ix_risk_deleted ON risk (deleted);

CREATE TABLE swot_entry (
	account_id VARCHAR(36) NOT NULL, 
	quadrant VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	visit_id VARCHAR(36), 
	note_id VARCHAR(36), 
	stakeholder_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(visit_id) REFERENCES visit (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(note_id) REFERENCES note (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(stakeholder_id) REFERENCES stakeholder (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_swot_entry_account_id ON swot_entry (account_id);

CREATE INDEX ix_swot_entry_deleted ON swot_entry (deleted);

CREATE INDEX ix_swot_entry_note_id ON swot_entry (note_id);

CREATE INDEX ix_swot_entry_stakeholder_id ON swot_entry (stakeholder_id);

CREATE INDEX ix_swot_entry_visit_id ON swot_entry (visit_id);

CREATE TABLE whitespace_cell (
	account_id VARCHAR(36) NOT NULL, 
	department_id VARCHAR(36) NOT NULL, 
	offering_id VARCHAR(36) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	opportunity_id VARCHAR(36), 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(account_id) REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(department_id) REFERENCES department (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(offering_id) REFERENCES offering (id) DEFERRABLE INITIALLY DEFERRED, 
	FOREIGN KEY(opportunity_id) REFERENCES opportunity (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_whitespace_cell_account_id ON whitespace_cell (account_id);

CREATE INDEX ix_whitespace_cell_deleted ON whitespace_cell (deleted);

CREATE INDEX ix_whitespace_cell_department_id ON whitespace_cell (department_id);

CREATE INDEX ix_whitespace_cell_offering_id ON whitespace_cell (offering_id);

CREATE INDEX ix_whitespace_cell_opportunity_id ON whitespace_cell (opportunity_id);

CREATE TABLE nps_score (
	stakeholder_id VARCHAR(36) NOT NULL, 
	scored_on DATE NOT NULL, 
	score INTEGER NOT NULL, 
	comment TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(stakeholder_id) REFERENCES stakeholder (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_nps_score_deleted ON nps_score (deleted);

CREATE INDEX ix_nps_score_stakeholder_id ON nps_score (stakeholder_id);

ALTER TABLE action_item ADD COLUMN objective_id VARCHAR(36) REFERENCES objective (id) DEFERRABLE INITIALLY DEFERRED;

CREATE INDEX ix_action_item_objective_id ON action_item (objective_id);

ALTER TABLE account ADD COLUMN strategic_value INTEGER NOT NULL DEFAULT 3;

ALTER TABLE account ADD COLUMN reference_value INTEGER NOT NULL DEFAULT 3;

ALTER TABLE account ADD COLUMN tier_rationale TEXT NOT NULL DEFAULT '';

ALTER TABLE stakeholder ADD COLUMN concern_message TEXT NOT NULL DEFAULT '';
