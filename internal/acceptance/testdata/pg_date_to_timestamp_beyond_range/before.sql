CREATE TABLE event (
  id integer PRIMARY KEY,
  day date,
  day_tz date
);
