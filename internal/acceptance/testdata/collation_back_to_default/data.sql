INSERT INTO tag (id, name) VALUES (1, 'a'), (2, 'A');
