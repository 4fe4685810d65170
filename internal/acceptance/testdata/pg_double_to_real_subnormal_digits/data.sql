-- Below FLT_MIN (1.1754943508222875e-38) a real is subnormal and keeps
-- fewer digits the smaller it is: on PostgreSQL 15 1.23457e-44 (six
-- significant digits, which the digit rule lets through) reads back from
-- the real as 1.3e-44, and 2e-45 as 1e-45, from a double precision and
-- from a numeric alike (SELECT x::float4), while 1e-40 and 1.17e-38 read
-- back as they were. They were counted 0 and sync --force changed them.
INSERT INTO sensor (id, v, n) VALUES
  (1, 0.5, 0.5),
  (2, 1.23457e-44, 1.23457e-44),
  (3, 2e-45, 2e-45),
  (4, 1e-40, 1e-40),
  (5, 1.17e-38, 1.17e-38),
  (6, NULL, NULL);
