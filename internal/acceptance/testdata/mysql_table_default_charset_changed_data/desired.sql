-- Both tables change their default character set, and with it the
-- columns at the default: tag's to a case-insensitive utf8mb4 collation
-- (name collides, memo's TINYTEXT outgrows 255 bytes), city's to latin1
-- (which has no Ĉ).
CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20),
  memo TINYTEXT
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE UNIQUE INDEX tag_name ON tag (name);
CREATE TABLE city (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20)
) DEFAULT CHARSET=latin1;
