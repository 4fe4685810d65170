CREATE TABLE seat (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hall varchar(10) NOT NULL,
  seat_no integer,
  label varchar(10)
);
CREATE TABLE booking (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  day date NOT NULL,
  room_no integer NOT NULL
);
CREATE UNIQUE INDEX booking_day_room_no_key ON booking (day, room_no);
