INSERT INTO note (id, body) VALUES (1, 'plain'), (2, 'café'), (3, 'smile 😀'), (4, NULL);
