CREATE TABLE keep_me (k varchar(5) NOT NULL PRIMARY KEY);
CREATE TABLE profile (
  id bigint NOT NULL AUTO_INCREMENT,
  active tinyint(1) NOT NULL DEFAULT 0,
  balance decimal(9,3) DEFAULT -0.5,
  born date DEFAULT '2000-02-29',
  stamp datetime DEFAULT '2024-01-01 10:00:00',
  created datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  wake time DEFAULT '07:15:00',
  ratio float DEFAULT 1.5,
  big double DEFAULT 1.0e10,
  tiny smallint DEFAULT -32768,
  cnt int unsigned DEFAULT 4294967295,
  settings json DEFAULT '[]',
  token char(36) DEFAULT '00000000-0000-0000-0000-000000000000',
  `blob` blob DEFAULT 'abc',
  bio text DEFAULT 'n/a',
  tier varchar(4) NOT NULL DEFAULT 'free',
  owner varchar(5) DEFAULT 'root',
  PRIMARY KEY (id),
  CONSTRAINT profile_tier_check CHECK (tier IN ('free','pro')),
  KEY profile_owner_idx (owner),
  CONSTRAINT profile_owner_fkey FOREIGN KEY (owner) REFERENCES keep_me (k)
);
