CREATE TABLE day (d date PRIMARY KEY);
CREATE TABLE today (d date PRIMARY KEY);
CREATE TABLE entry (id integer PRIMARY KEY);
CREATE TABLE visit (id integer PRIMARY KEY);
CREATE TABLE noisy (id integer PRIMARY KEY);
