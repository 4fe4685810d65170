INSERT INTO p1 (code) VALUES ('fr'), ('CH'), ('DE');
INSERT INTO p2 (code) VALUES ('FR'), ('ch'), ('de');
INSERT INTO t (id, c) VALUES (1, 'fr'), (2, 'CH'), (3, NULL), (4, 'de');
