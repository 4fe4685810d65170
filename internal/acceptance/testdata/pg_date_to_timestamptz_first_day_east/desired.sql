CREATE TABLE event (
  id integer PRIMARY KEY,
  day_tz timestamptz
);
