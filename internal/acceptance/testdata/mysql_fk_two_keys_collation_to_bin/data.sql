INSERT INTO p1 (code) VALUES ('fr'), ('CH');
INSERT INTO p2 (code) VALUES ('FR'), ('ch');
INSERT INTO t (id, c) VALUES (1, 'fr'), (2, 'FR'), (3, NULL), (4, 'ch'), (5, 'CH');
