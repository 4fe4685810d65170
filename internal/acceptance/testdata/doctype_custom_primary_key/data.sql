INSERT INTO country (code, name) VALUES ('FR', 'France'), ('DE', 'Germany');
INSERT INTO city (name, country) VALUES ('Paris', 'FR'), ('Berlin', 'DE'), ('Atlantis', 'XX'), ('Nowhere', NULL);
