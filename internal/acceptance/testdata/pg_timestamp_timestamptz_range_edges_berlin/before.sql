CREATE TABLE event (
  id integer PRIMARY KEY,
  local_at timestamp,
  utc_at timestamptz
);
