CREATE DOMAIN required_int AS integer NOT NULL;
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TABLE stock (id integer PRIMARY KEY);
CREATE TABLE empty_stock (id integer PRIMARY KEY);
