CREATE TABLE badge (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name VARCHAR(30) NOT NULL UNIQUE
);
CREATE TABLE membership (
  team VARCHAR(20) NOT NULL,
  member INTEGER NOT NULL,
  since DATE NOT NULL DEFAULT '2024-01-01',
  settings JSON,
  ratio REAL DEFAULT 1.5,
  weight DOUBLE DEFAULT -2.25,
  label TEXT,
  role VARCHAR(6) NOT NULL DEFAULT 'member' CHECK (role IN ('owner','admin','member')),
  badge BIGINT UNIQUE REFERENCES badge (id) ON DELETE SET NULL,
  PRIMARY KEY (team, member)
);
CREATE INDEX membership_role_idx ON membership (role);
