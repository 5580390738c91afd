-- 0005: tender scoring simulations (issue 4, branch opportunities)
CREATE TABLE tender_simulation (
	opportunity_id VARCHAR(36) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	price_rule VARCHAR(30) NOT NULL, 
	technical_weight FLOAT NOT NULL, 
	commercial_weight FLOAT NOT NULL, 
	price_weight FLOAT NOT NULL, 
	parameters JSON NOT NULL, 
	bidders JSON NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	clocks JSON NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(opportunity_id) REFERENCES opportunity (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX ix_tender_simulation_opportunity_id ON tender_simulation (opportunity_id);

CREATE INDEX ix_tender_simulation_deleted ON tender_simulation (deleted);

