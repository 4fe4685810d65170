-- The rebuild checks every row again, on the new type: 10 passed qty >= 5
-- as an INTEGER, and as text it is '10' >= '5', false. r's check reads
-- the column through a number (qty + 0), which the new type does not change.
CREATE TABLE stock (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 5));
CREATE TABLE r (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty + 0 >= 5));
