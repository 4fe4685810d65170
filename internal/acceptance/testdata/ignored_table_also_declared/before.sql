CREATE TABLE audit (id integer PRIMARY KEY, msg varchar(200));
CREATE TABLE note (id integer PRIMARY KEY, body varchar(50));
