CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  day DATE,
  at TIME,
  doc DATE
);
