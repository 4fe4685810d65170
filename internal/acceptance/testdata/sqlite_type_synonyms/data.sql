INSERT INTO event (title, code, seats, total, small, fee, starts_at, public, body, meta, ratio)
VALUES ('a', 'x1', 3, 9000000000, 7, 2.5, '2026-01-01 10:00:00', 1, 'long text', '{"a":1}', 0.5);
