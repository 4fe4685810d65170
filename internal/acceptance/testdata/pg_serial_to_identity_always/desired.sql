-- A serial is a sequence default, not an identity column: SET GENERATED
-- ALWAYS fails on it, and adding an identity beside its owned sequence
-- leaves two sequences (pg_get_serial_sequence keeps naming the old one),
-- so sync keeps the change back for a hand-made migration.
CREATE TABLE ticket (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title text
);
