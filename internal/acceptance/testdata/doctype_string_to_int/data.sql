INSERT INTO item (code, qty) VALUES ('1', '5'), ('42', '7'), ('abc', '9'), ('x9', '11'), (NULL, '13');
