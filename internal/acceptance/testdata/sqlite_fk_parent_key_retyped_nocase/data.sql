-- The plan rebuilds the parent's code as INTEGER, keeping its NOCASE
-- collation: '007' becomes 7, which the child's '7' then finds through
-- the INTEGER affinity (it finds nothing now), and 'ABC' stays text,
-- which 'abc' finds under NOCASE either way. 'x' finds nothing: one
-- orphan after the plan.
INSERT INTO plan (id, code) VALUES (1, '007'), (2, 'ABC');
INSERT INTO member (id, plan_code) VALUES (1, '7'), (2, 'abc'), (3, 'x'), (4, NULL);
