CREATE TABLE job (id INTEGER PRIMARY KEY, kind VARCHAR(10) CHECK (kind IN ('a','b')), st VARCHAR(5), CHECK (st <> 'x'));
