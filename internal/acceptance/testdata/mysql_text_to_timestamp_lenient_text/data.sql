-- '2024-01-02x' is refused by ALTER TABLE ... MODIFY TIMESTAMP in strict
-- mode ("Incorrect date value") and cut to 2024-01-02 outside it, while a
-- CAST reads it as that day with only a warning; '24-01-02' converts to
-- 2024-01-02 (measured on MariaDB 10.11). No count over such spellings
-- is certain: not_checkable, so sync --force keeps the change back.
INSERT INTO event (id, at) VALUES (1, '2024-01-02 03:04:05'), (2, '2024-01-02x'), (3, '24-01-02'), (4, NULL);
