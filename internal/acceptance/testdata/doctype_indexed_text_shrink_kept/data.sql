INSERT INTO note (title, body) VALUES ('a', 'short'), ('b', 'this body is too long'), (NULL, NULL);
