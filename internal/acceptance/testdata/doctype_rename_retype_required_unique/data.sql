INSERT INTO item (qty_text, label) VALUES ('1','a'), ('2','b'), ('2','c'), (NULL,'d'), ('x','e');
