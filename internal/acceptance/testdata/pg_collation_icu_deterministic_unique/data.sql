INSERT INTO tag (id, name) VALUES (1, 'a'), (2, 'A'), (3, U&'\00E9'), (4, U&'e\0301'), (5, NULL), (6, 'b');
