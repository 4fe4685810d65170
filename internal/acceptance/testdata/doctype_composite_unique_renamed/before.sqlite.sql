CREATE TABLE seat (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  hall varchar(10) NOT NULL,
  seat_no INTEGER,
  label varchar(10)
);
CREATE TABLE booking (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  day date NOT NULL,
  room_no INTEGER NOT NULL
);
CREATE UNIQUE INDEX booking_day_room_no_key ON booking (day, room_no);
