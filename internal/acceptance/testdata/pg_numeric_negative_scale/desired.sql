-- PostgreSQL 15 takes a negative scale, which rounds to tens, hundreds...
-- (round half away from zero), and a scale above the precision, which
-- leaves only fractions.
-- amount: 12345.67 becomes 12300 and 0.5 becomes 0: 2 rows change.
-- qty: 1234 becomes 1200 and -50 becomes -100: 2 rows change.
-- tiny: numeric(3,5) holds below 0.01 with 5 decimals: every value fits
-- (0.00049 and 0.00051 were stored as 0.0005 by numeric(10,4)).
-- big: numeric(7,2) holds 5 integer digits: 99900 fits.
CREATE TABLE price (
  id integer PRIMARY KEY,
  amount numeric(5,-2),
  qty numeric(6,-2),
  tiny numeric(3,5),
  big numeric(7,2)
);
