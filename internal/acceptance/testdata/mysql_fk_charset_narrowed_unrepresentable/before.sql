CREATE TABLE country (
  code VARCHAR(10) PRIMARY KEY
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  country VARCHAR(10),
  CONSTRAINT city_country FOREIGN KEY (country) REFERENCES country (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
