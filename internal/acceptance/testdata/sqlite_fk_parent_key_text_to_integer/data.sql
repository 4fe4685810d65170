-- The parent's code '007' becomes the integer 7 when the plan rebuilds it
-- as INTEGER, and 'x9' stays text. The child's 7 finds no '007' now (TEXT
-- affinity makes it '7') but finds 7 afterwards; 9 finds nothing either
-- way; 8 finds '8' now and 8 afterwards. One orphan after the plan: 9.
INSERT INTO plan (id, code) VALUES (1, '007'), (2, 'x9'), (3, '8');
INSERT INTO member (id, plan_code) VALUES (1, 7), (2, 9), (3, 8), (4, NULL);
