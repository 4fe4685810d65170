-- The plan makes the parent's amount a varchar(10) and its tag, a
-- character(4), a varchar(4), and adds a key from each child column.
-- Now the child's '1.5' and ' 2' read as the numbers 1.50 and 2.00; once
-- amount is text it holds '1.50' and '2.00', which they do not equal:
-- two orphans of line_amount (of '1.50', '1.5', ' 2', NULL). The tag 'ab'
-- is 'ab  ' as a character(4), which the child's 'ab' equals (padding is
-- no data) and, as varchar, 'ab' (the cast drops it): no orphan; the
-- child's 'ab ' equals 'ab  ' now and is no longer 'ab': one orphan.
-- Each count is the one VALIDATE CONSTRAINT fails on after the ALTERs
-- (PostgreSQL 15, 23503).
INSERT INTO price (id, amount, tag) VALUES (1, 1.5, 'ab'), (2, 2, 'cd');
INSERT INTO line (id, amount, tag) VALUES (1, '1.50', 'ab'), (2, '1.5', 'ab '), (3, ' 2', 'cd'), (4, NULL, NULL);
