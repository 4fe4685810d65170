INSERT INTO code (id, tag) VALUES (1, 'ab'), (2, 'ab  '), (3, 'x'), (4, 'X'), (5, 'é'), (6, 'e'), (7, 'solo'), (8, NULL), (9, NULL);
