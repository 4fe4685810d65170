CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (id INT PRIMARY KEY, code CHAR(4) COLLATE ci NOT NULL UNIQUE);
CREATE TABLE post (id INT PRIMARY KEY, code TEXT);
