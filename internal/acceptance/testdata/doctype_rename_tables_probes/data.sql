INSERT INTO grp (id, label) VALUES (1, 'a'), (2, 'b');
INSERT INTO usr (old_code, lvl, grp_id) VALUES ('x', 'low', 1), ('x', 'high', 2), ('y', 'mid', 3), (NULL, 'bogus', 4), (NULL, NULL, NULL), ('z', 'low', 1), ('z', 'low', 9);
