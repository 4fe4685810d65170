INSERT INTO author (name, email) VALUES ('Ann', 'a@x'), ('Bob', NULL);
INSERT INTO book (title, author, price, kind) VALUES ('One', 1, 9.99, 'paper'), ('Two', 1, NULL, NULL), ('Three', 2, 5.00, 'ebook');
