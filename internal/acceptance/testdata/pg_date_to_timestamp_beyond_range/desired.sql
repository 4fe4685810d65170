CREATE TABLE event (
  id integer PRIMARY KEY,
  day timestamp,
  day_tz timestamptz
);
