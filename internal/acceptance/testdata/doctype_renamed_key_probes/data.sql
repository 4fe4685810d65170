INSERT INTO country (code, name) VALUES ('FRA', 'France'), ('DEU', 'Germany');
INSERT INTO city (name, country) VALUES ('Paris', 'FRA'), ('Berlin', 'DEU'), ('Atlantis', 'ATL'), ('Nowhere', NULL);
INSERT INTO plate (num) VALUES ('A1'), ('A1'), ('B2'), (NULL);
