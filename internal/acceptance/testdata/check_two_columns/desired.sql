CREATE TABLE booking (
  id INTEGER PRIMARY KEY,
  first_day INTEGER,
  last_day INTEGER,
  CONSTRAINT booking_days CHECK (first_day <= last_day)
);
