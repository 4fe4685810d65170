INSERT INTO token (id, code) VALUES (1, 'abcd'), (2, 'ab'), (3, NULL), (4, 'éé'), (5, 'éééé'), (6, '');
