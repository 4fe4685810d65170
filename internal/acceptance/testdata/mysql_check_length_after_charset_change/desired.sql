CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20) COLLATE utf8mb4_general_ci,
  CONSTRAINT city_name_bytes CHECK (LENGTH(name) <= 8)
);
