INSERT INTO audit (id, msg) VALUES (1, 'a long message that is kept');
INSERT INTO note (id, body) VALUES (1, 'x');
