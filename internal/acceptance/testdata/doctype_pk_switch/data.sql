INSERT INTO country (code, iso3, name) VALUES ('FR', 'FRA', 'France'), ('DE', 'DEU', 'Germany'), ('XK', NULL, 'Kosovo'), ('FX', 'FRA', 'Metropolitan France');
INSERT INTO city (name, country) VALUES ('Paris', 'FR'), ('Berlin', 'DE'), ('Pristina', 'XK'), ('Nowhere', NULL);
