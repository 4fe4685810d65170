-- office.country is both unique and a foreign key: under utf8mb4_bin 'FR'
-- collides with nothing, but no longer finds 'fr', so adding the key back
-- fails. The finding must count the orphan, not only the duplicates.
CREATE TABLE country (
  code VARCHAR(3) COLLATE utf8mb4_bin PRIMARY KEY
);
CREATE TABLE office (
  id INTEGER PRIMARY KEY,
  country VARCHAR(3) COLLATE utf8mb4_bin UNIQUE,
  CONSTRAINT office_country FOREIGN KEY (country) REFERENCES country (code)
);
