CREATE TABLE bucket (id INTEGER PRIMARY KEY, size INTEGER, half INT AS (size / 2) STORED);
CREATE UNIQUE INDEX bucket_half ON bucket (half);
CREATE TABLE progress (id INTEGER PRIMARY KEY, done INTEGER, total INTEGER, share REAL AS (done / total), CHECK (share > 0));
CREATE TABLE task (id INTEGER PRIMARY KEY, hours REAL, note TEXT, days REAL AS (hours / 8), CHECK (days > 0));
