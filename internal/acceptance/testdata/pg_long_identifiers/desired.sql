CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx INTEGER
);
CREATE INDEX an_index_name_that_is_much_longer_than_sixty_three_bytes_on_purpose_yes ON t (a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx);
