INSERT INTO country (id, code) VALUES (1, 'fr'), (2, 'de');
INSERT INTO city (id, country_code) VALUES (1, 'fr'), (2, NULL), (3, 'de');
