-- 1e-300 is below the least float4: float8_to_float4 refuses it ("value
-- out of range: underflow"), which fuzz seed 911162 met as a failed sync
-- after a count of 0 (one significant digit passed the digits test).
-- 1e-40 is a float4 subnormal that reads back as 1e-40: not counted (a
-- subnormal that reads back as another number is, see
-- pg_double_to_real_subnormal_digits). 0.1, -0, 0, 3.4e38 and 1.2e-38
-- (just above FLT_MIN) keep their digits.
INSERT INTO m VALUES (1, -1e-300), (2, 1e-40), (3, 0.1), (4, '-0'), (5, 0), (6, 3.4e38), (7, 1.2e-38);
-- An unbounded numeric of 1e-50 is refused the same way ("is out of range
-- for type real"); 0.5 converts.
UPDATE m SET n = 1e-50 WHERE id = 1;
UPDATE m SET n = 0.5 WHERE id = 2;
