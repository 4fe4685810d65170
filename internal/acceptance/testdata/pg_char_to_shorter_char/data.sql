-- 'abc' (padded to 6) fits char(3): its padding is cut, which is no change
-- of value; 'abcd' does not and fails the ALTER, as does 'ab c'.
INSERT INTO t VALUES (1, 'abc'), (2, 'abcd'), (3, 'ab'), (4, NULL), (5, ''), (6, '  x'), (7, 'ab c');
