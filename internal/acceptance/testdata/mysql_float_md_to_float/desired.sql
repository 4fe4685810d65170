-- Dropping (M,D) keeps every stored float bit for bit (checks.txt compares
-- them as DECIMAL(30,15)); readers see them printed differently, which the
-- findings' notes say: 999.9999 reads as 1000, -0.001 as
-- -0.0010000000000000009.
CREATE TABLE measure (
  id INTEGER PRIMARY KEY,
  v FLOAT,
  w DOUBLE
);
