CREATE TABLE acct (id int PRIMARY KEY, email text);
