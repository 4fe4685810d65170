INSERT INTO orders (state, kind) VALUES ('new', 'small'), ('paid', 'big'), ('paid', NULL);
