-- '01' and '1' are different texts. Rows 1 and 2 become one key only
-- when shelf is INTEGER (1 and 1) and label NOCASE ('x' and 'X') in the
-- same rebuild; each change alone keeps them apart.
INSERT INTO slot (id, shelf, label) VALUES (1, '01', 'x'), (2, '1', 'X'), (3, '2', 'y'), (4, '02', 'z'), (5, NULL, 'x'), (6, '1', NULL), (7, '01', NULL);
