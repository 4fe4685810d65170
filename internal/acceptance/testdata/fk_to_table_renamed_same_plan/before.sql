CREATE TABLE parent (id integer PRIMARY KEY, name varchar(20));
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);
