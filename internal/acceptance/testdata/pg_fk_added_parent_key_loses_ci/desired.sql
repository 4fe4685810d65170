CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (id INT PRIMARY KEY, code VARCHAR(4) NOT NULL UNIQUE);
CREATE TABLE post (id INT PRIMARY KEY, code TEXT CONSTRAINT post_code REFERENCES tag (code));
