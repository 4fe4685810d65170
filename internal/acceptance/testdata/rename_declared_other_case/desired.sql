-- Former names written in another case than the live, unquoted ones:
-- engines fold unquoted names, so these are the same table and column.
CREATE TABLE invoice ( -- previously: Bill
  id integer PRIMARY KEY,
  amount integer -- previously: AMT
);
