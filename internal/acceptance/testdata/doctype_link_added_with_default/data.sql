INSERT INTO account (id, name) VALUES (2, 'x');
INSERT INTO invoice (total) VALUES (1), (2), (3);
