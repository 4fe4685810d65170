-- The parent's INTEGER affinity makes the child's '07' the number 7, which
-- it holds: no orphan now. The plan rebuilds the parent as TEXT, where 7
-- is '7', which '07' does not equal: an orphan after the plan. '8' finds
-- '8' either way.
INSERT INTO plan (id, code) VALUES (1, 7), (2, 8);
INSERT INTO member (id, plan_code) VALUES (1, '07'), (2, '8'), (3, NULL);
