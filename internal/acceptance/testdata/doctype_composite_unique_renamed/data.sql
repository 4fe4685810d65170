INSERT INTO seat (hall, seat_no, label) VALUES ('A', 1, 'a1'), ('A', 1, 'a1bis'), ('A', 2, 'a2'), ('B', 1, 'b1'), ('B', NULL, 'bx'), ('B', NULL, 'by'), ('A', 1, 'a1ter');
INSERT INTO booking (day, room_no) VALUES ('2024-01-01', 1), ('2024-01-01', 2), ('2024-01-02', 1);
