INSERT INTO badge (id, name) VALUES (1, 'gold');
INSERT INTO membership (team, member, badge) VALUES ('a', 1, 1), ('a', 2, NULL);
