-- A REAL child holds 1.0: under the parent's INTEGER affinity it is 1,
-- under TEXT affinity '1.0', which the parent's new '1' does not equal.
-- 2.5 finds no parent either way and does not count.
INSERT INTO grade (level, name) VALUES (1, 'low'), (2, 'mid'), (3, 'high');
INSERT INTO score (id, level) VALUES (1, 1.0), (2, 2.0), (3, 2.5), (4, NULL);
