INSERT INTO country (code) VALUES ('fr'), ('ch');
INSERT INTO office (id, country) VALUES (1, 'FR'), (2, 'ch'), (3, NULL);
