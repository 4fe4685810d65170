INSERT INTO tag (id, name) VALUES (1, 'go'), (2, 'rust'), (3, 'Zürich'), (4, NULL), (5, NULL);
