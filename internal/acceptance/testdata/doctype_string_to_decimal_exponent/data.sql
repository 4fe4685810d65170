-- On SQLite the decimal has NUMERIC affinity: a text the rebuild stores as
-- a number that reads back otherwise ('1e3' as 1000) counts too
-- (expected.sqlite.json).
INSERT INTO invoice (total) VALUES ('12.5'), ('1.25e1'), ('-0.125'), ('9999.995'), ('.5'), ('5.'), (NULL), ('1,5'), ('-9999.99'), ('1E4');
