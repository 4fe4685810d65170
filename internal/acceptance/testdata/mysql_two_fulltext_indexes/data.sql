INSERT INTO article (id, title, body) VALUES (1, 'hello world', 'some text'), (2, 'other', NULL);
