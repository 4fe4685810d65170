INSERT INTO person (id, name) VALUES (1, 'strasse'), (2, 'straße'), (3, 'Ångström'), (4, 'angstrom'), (5, 'x'), (6, 'x  '), (7, NULL);
