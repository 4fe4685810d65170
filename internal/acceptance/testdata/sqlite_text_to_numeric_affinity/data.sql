-- DECIMAL, JSON and BOOLEAN have NUMERIC affinity: the rebuild stores text
-- that spells a number as that number. Only a number of more digits than
-- a double keeps changes value ('12345678901234567.89' becomes
-- 12345678901234568, '12345678901234567890' a double); '007', ' 12',
-- '1e16' and '01' keep their value and convert, as on the other engines.
-- Hex stays text ('0x10'), which the decimal's own probe counts as not
-- converting. A blob is never converted.
INSERT INTO price (id, amount) VALUES (1, '12345678901234567.89'), (2, '007'), (3, '12.50'), (4, '12'), (5, ' 12'), (6, '0x10'), (7, '1.5'), (8, NULL), (9, '1e16'), (10, '+3');
-- Sixteen digits spelled otherwise keep their value too: each is stored
-- as the INTEGER 1234567890123456.
INSERT INTO price_ok (id, amount) VALUES (1, '12'), (2, '1.5'), (3, '-3'), (4, '0.25'), (5, NULL), (6, ' 1234567890123456'), (7, '+1234567890123456'), (8, '1234567890123456.0'), (9, '1234567890123456e0');
INSERT INTO doc (id, body) VALUES (1, '12345678901234567890'), (2, '1e3'), (3, '{"a": 1}'), (4, '12'), (5, '1.0'), (6, '-0'), (7, x'7b7d');
INSERT INTO doc_ok (id, body) VALUES (1, '{"a": 7}'), (2, '[1, 2]'), (3, '12'), (4, 'true'), (5, '"x"'), (6, '2.5');
INSERT INTO flag (id, v) VALUES (1, '1'), (2, '0'), (3, '01');
