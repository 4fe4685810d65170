INSERT INTO tag (id, label) VALUES (1, 'a'), (2, 'b'), ('x3', 'c'), (4.5, 'd'), ('5', 'e');
