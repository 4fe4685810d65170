INSERT INTO customer (name) VALUES ('Ann'), ('Bob');
INSERT INTO audit_log (msg) VALUES ('x'), ('y'), ('z');
