INSERT INTO country (code, iso3, name) VALUES ('FRA', 'FRA', 'France'), ('DEU', 'DEU', 'Germany');
INSERT INTO city (name, country) VALUES ('Paris', 'FRA'), ('Berlin', 'DEU'), ('Nowhere', NULL);
