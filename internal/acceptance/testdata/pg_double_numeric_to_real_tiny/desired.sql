CREATE TABLE m (id integer PRIMARY KEY, v real NOT NULL, n real);
