INSERT INTO customer (email) VALUES ('a@x');
