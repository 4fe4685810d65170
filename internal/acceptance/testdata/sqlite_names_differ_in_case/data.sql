INSERT INTO customer (email, Phone) VALUES ('a@x', '1'), ('b@x', NULL);
INSERT INTO Orders (total) VALUES (1), (2);
INSERT INTO line ("order") VALUES (1), (2), (NULL);
