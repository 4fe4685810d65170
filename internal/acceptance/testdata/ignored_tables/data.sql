INSERT INTO note (id, body) VALUES (1, 'x');
INSERT INTO legacy_log (id, msg) VALUES (1, 'keep');
