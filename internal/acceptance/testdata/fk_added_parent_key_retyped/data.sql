-- The plan retypes the parent's code to an integer and adds a foreign key
-- to it. Now the child's 7 finds no '007' as text (PostgreSQL cannot even
-- compare an integer with a varchar, and MariaDB compares them as
-- numbers); once the code is an integer, '007' is 7 and the child finds
-- it. 9 finds nothing: one orphan after the plan, which neither dialect
-- computes on the values the parent will hold: not_checkable there, never
-- a count over the values it holds now.
INSERT INTO plan (id, code) VALUES (1, '007'), (2, '8');
INSERT INTO member (id, plan_code) VALUES (1, 7), (2, 9), (3, 8), (4, NULL);
