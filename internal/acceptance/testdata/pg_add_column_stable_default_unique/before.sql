CREATE TABLE event (id integer PRIMARY KEY);
CREATE TABLE single (id integer PRIMARY KEY);
CREATE TABLE noisy (id integer PRIMARY KEY);
CREATE TABLE stamp (id integer PRIMARY KEY);
