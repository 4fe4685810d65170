-- One rebuild stores qty as text, so that qty >= 5 compares as text
-- ('10' < '5'), and compares kind under BINARY ('BULK' <> 'bulk'). Each
-- change alone leaves every row passing the check; together they fail
-- row 1 ('7' >= '5' still holds for row 4).
INSERT INTO lot (id, qty, kind) VALUES (1, 10, 'BULK'), (2, 3, 'bulk'), (3, 10, 'bulk'), (4, 7, 'Bulk'), (5, NULL, 'x'), (6, 50, NULL);
