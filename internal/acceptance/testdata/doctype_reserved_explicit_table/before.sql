CREATE TABLE app_user (login varchar(20) NOT NULL PRIMARY KEY);
