CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE slot (
  id INTEGER PRIMARY KEY,
  room INTEGER,
  span NUMRANGE,
  CONSTRAINT slot_no_overlap EXCLUDE USING gist (room WITH =, span WITH &&)
);
