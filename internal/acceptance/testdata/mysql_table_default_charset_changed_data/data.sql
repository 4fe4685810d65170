INSERT INTO tag (id, name, memo) VALUES (1, 'go', REPEAT('é', 200)), (2, 'Go', 'x'), (3, 'rust', REPEAT('é', 127)), (4, NULL, NULL);
INSERT INTO city (id, name) VALUES (1, 'Paris'), (2, 'Zürich'), (3, 'Ĉeĥio'), (4, NULL);
