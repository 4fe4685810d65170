CREATE TABLE currency (
  code varchar(3) NOT NULL PRIMARY KEY,
  label varchar(30)
);
CREATE TABLE price (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  amount numeric(10,2),
  currency varchar(3) NOT NULL,
  CONSTRAINT price_currency_fkey FOREIGN KEY (currency) REFERENCES currency (code) ON DELETE CASCADE
);
CREATE INDEX price_currency_idx ON price (currency);
