-- PostgreSQL computes every row's value as a STORED generated column is
-- added, assigns it to the column's type, and refuses the ALTER on one it
-- cannot hold (measured on 15):
--   small: big of rows 2, 4 and 5 is outside a smallint (3 rows);
--   whole: big fits an integer except row 2 (1 row);
--   tag:   varchar(3) refuses 'abcdef' (row 4); 'ab  ' is 4 characters
--          and is cut to 'ab ' (row 5): 2 rows;
--   money: numeric(5,1) rounds 99999.5 (row 2) to 100000 and 9999.96 to
--          10000.0 (row 5): both over 10^4; 9999.94 rounds to 9999.9 and
--          fits (2 rows);
--   len:   every value fits.
CREATE TABLE item (
  id integer PRIMARY KEY,
  name varchar(20),
  big bigint,
  price numeric,
  small smallint GENERATED ALWAYS AS (big) STORED,
  whole integer GENERATED ALWAYS AS (big) STORED,
  tag varchar(3) GENERATED ALWAYS AS (upper(name)) STORED,
  money numeric(5,1) GENERATED ALWAYS AS (price) STORED,
  len integer GENERATED ALWAYS AS (char_length(name)) STORED
);
