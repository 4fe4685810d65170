-- A generated column is computed again from the rebuilt table's values:
-- REAL 5.0 / 2 is 2.5, INTEGER 5 / 2 is 2. A unique key, check or foreign
-- key the plan adds over the generated column is built on those new
-- results, though it names no column the plan retypes.
CREATE TABLE bucket (id INTEGER PRIMARY KEY, size REAL, half REAL GENERATED ALWAYS AS (size / 2));
CREATE TABLE bucket_ok (id INTEGER PRIMARY KEY, size REAL, half REAL GENERATED ALWAYS AS (size / 2));
CREATE TABLE progress (id INTEGER PRIMARY KEY, done REAL, total REAL, share REAL AS (done / total) STORED);
CREATE TABLE progress_ok (id INTEGER PRIMARY KEY, done REAL, total REAL, share REAL AS (done / total) STORED);
CREATE TABLE box (code TEXT PRIMARY KEY);
CREATE TABLE part (id INTEGER PRIMARY KEY, size REAL, half INT AS (size / 2));
CREATE TABLE part_ok (id INTEGER PRIMARY KEY, size REAL, half INT AS (size / 2));
CREATE TABLE tag (code TEXT PRIMARY KEY);
CREATE TABLE charge (id INTEGER PRIMARY KEY, rate INTEGER);
CREATE TABLE charge_ok (id INTEGER PRIMARY KEY, rate INTEGER);
-- q reads half, declared after it, and size: it is computed from half's
-- new value, not the stored one.
CREATE TABLE chain (id INTEGER PRIMARY KEY, size REAL, q REAL AS (half + size / 2), half REAL AS (size / 2));
