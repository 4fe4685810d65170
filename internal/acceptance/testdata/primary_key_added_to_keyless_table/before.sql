CREATE TABLE sku (
  code VARCHAR(10),
  label VARCHAR(20)
);
