CREATE TABLE m (id integer PRIMARY KEY, v double precision NOT NULL, n numeric);
