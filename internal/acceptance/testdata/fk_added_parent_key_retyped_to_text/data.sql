-- The plan retypes the parent's code to text and adds a foreign key to
-- it. Now the child's '07' reads as the number 7, which the parent holds
-- (PostgreSQL converts it to the parent's integer, MariaDB compares a
-- string with a number as numbers); once the code is text, 7 is '7',
-- which '07' does not equal: one orphan after the plan, none now.
-- PostgreSQL reads the parent's code as the ALTER leaves it (code::text,
-- which never fails) and counts the one orphan, as VALIDATE CONSTRAINT
-- finds it (23503 on '07'); MariaDB does not compute the new values:
-- not_checkable, never the 0 the values it holds now give.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 8);
INSERT INTO member (id, plan_code) VALUES (1, '07'), (2, '8'), (3, NULL);
