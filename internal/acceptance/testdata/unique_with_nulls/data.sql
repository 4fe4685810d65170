INSERT INTO device (id, serial) VALUES (1, NULL), (2, NULL), (3, NULL), (4, 's1'), (5, 's1'), (6, 's2');
