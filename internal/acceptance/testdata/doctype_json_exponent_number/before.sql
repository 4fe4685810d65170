CREATE TABLE keep_me (k varchar(5) NOT NULL PRIMARY KEY);
