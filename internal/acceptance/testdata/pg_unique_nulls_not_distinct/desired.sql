CREATE TABLE device (
  id INTEGER PRIMARY KEY,
  serial VARCHAR(20)
);
CREATE UNIQUE INDEX device_serial ON device (serial) NULLS NOT DISTINCT;
