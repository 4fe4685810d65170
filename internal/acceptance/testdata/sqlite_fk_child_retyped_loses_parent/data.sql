-- The parent's TEXT affinity makes the REAL 1.0 the text '1.0', which it
-- holds; once the child is INTEGER the value is 1, which is '1', and the
-- key finds no parent. 3 (stored 3.0, '3.0') finds '3' only afterwards,
-- and 7.0 finds nothing either way: neither counts.
INSERT INTO rate (code) VALUES ('1.0'), ('3');
INSERT INTO charge (id, rate) VALUES (1, 1.0), (3, 3), (4, NULL), (5, 7.0);
