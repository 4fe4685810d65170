-- The column moves to a case-blind collation in the same plan that adds
-- the unique key: 'Bob' and 'bob' collide under it.
CREATE TABLE t (id int PRIMARY KEY, name varchar(20) COLLATE utf8mb4_general_ci, UNIQUE KEY t_name_key (name));
