INSERT INTO t (id, a_column_name_that_is_exactly_sixty_three_bytes_long_xxxxxxxxxx) VALUES (1, 1), (2, 2);
