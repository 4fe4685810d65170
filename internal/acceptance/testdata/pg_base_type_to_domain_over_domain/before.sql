CREATE DOMAIN nonneg AS integer CHECK (VALUE >= 0);
CREATE DOMAIN small AS nonneg CHECK (VALUE <= 100);
CREATE DOMAIN code AS text NOT NULL;
CREATE DOMAIN shortcode AS code CHECK (length(VALUE) <= 3);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  n integer,
  k integer,
  c text,
  d code
);
