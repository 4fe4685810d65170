CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (
  id INTEGER PRIMARY KEY,
  tag VARCHAR(36),
  pid INTEGER,
  FOREIGN KEY (pid) REFERENCES p (id)
);
-- The foreign key uses this index: MariaDB made no index of its own.
CREATE UNIQUE INDEX c_pid_tag_key ON c (pid, tag);
