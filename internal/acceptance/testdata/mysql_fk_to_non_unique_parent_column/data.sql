INSERT INTO team (id, grp) VALUES (1, 10), (2, 10), (3, 20);
INSERT INTO player (id, grp) VALUES (1, 10), (2, 20), (3, NULL);
