-- The desired file still declares audit, differently: ignored tables are
-- left out on both sides, so it is neither created nor changed.
CREATE TABLE audit (id integer PRIMARY KEY, msg varchar(10), extra integer NOT NULL);
CREATE TABLE note (id integer PRIMARY KEY, body varchar(50), tag varchar(20));
