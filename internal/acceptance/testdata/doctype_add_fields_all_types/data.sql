INSERT INTO customer (email) VALUES ('a@x'), ('b@x'), ('c@x');
