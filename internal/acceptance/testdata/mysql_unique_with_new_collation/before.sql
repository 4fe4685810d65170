CREATE TABLE t (id int PRIMARY KEY, name varchar(20) COLLATE utf8mb4_bin);
