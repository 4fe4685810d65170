CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  during TSRANGE NOT NULL,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
