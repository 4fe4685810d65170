INSERT INTO city (id, name) VALUES (1, 'Oslo'), (2, 'Malmö'), (3, 'Göteborg'), (4, 'Åre'), (5, NULL), (6, 'Västerås');
