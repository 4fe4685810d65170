INSERT INTO bucket (id, size) VALUES (1, 4), (2, 5);
INSERT INTO progress (id, done, total) VALUES (1, 1, 4), (2, 4, 4);
INSERT INTO task (id, hours, note) VALUES (1, 4, 'x');
