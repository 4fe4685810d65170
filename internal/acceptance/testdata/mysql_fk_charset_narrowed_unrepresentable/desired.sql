-- Both sides of the key move to latin1_bin. MariaDB refuses to change a
-- column a foreign key uses (error 1832/1833, even with
-- foreign_key_checks=0), so the key is dropped and added again, which
-- checks every row: '日本' cannot be stored in latin1 (the MODIFY fails in
-- strict mode), and 'FR' no longer finds 'fr' under latin1_bin.
CREATE TABLE country (
  code VARCHAR(10) PRIMARY KEY
) DEFAULT CHARSET=latin1 COLLATE=latin1_bin;
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country VARCHAR(10),
  CONSTRAINT city_country FOREIGN KEY (country) REFERENCES country (code)
) DEFAULT CHARSET=latin1 COLLATE=latin1_bin;
