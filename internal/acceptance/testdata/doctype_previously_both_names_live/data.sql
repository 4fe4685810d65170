INSERT INTO person (mail, email) VALUES ('a@x', NULL), ('b@x', 'b2@x'), (NULL, NULL);
INSERT INTO client (name) VALUES ('a'), ('b');
INSERT INTO customer (name) VALUES ('c');
