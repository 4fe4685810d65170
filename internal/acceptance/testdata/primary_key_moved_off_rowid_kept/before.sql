CREATE TABLE t1 (id integer NOT NULL, code varchar(10) NOT NULL, PRIMARY KEY (id));
