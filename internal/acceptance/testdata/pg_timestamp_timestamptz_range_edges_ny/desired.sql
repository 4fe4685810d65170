CREATE TABLE event (
  id integer PRIMARY KEY,
  local_at timestamptz,
  utc_at timestamp
);
