CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx INTEGER
);
