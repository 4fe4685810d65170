SET SESSION sql_mode = '';
INSERT INTO ev (id, at) VALUES (1, '0000-00-00 00:00:00'), (2, '2020-01-01 10:00:00'), (3, NULL);
