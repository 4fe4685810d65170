CREATE TABLE seat (
  id INTEGER PRIMARY KEY,
  room INTEGER,
  num INTEGER
);
CREATE UNIQUE INDEX seat_room_num ON seat (room, num);
