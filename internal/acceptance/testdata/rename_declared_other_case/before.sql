CREATE TABLE bill (id integer PRIMARY KEY, amt integer);
