CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  region VARCHAR(4),
  seq INTEGER NOT NULL DEFAULT 1,
  nick VARCHAR(10)
);
CREATE UNIQUE INDEX person_region_seq ON person (region, seq);
CREATE UNIQUE INDEX person_region_nick ON person (region, nick);
