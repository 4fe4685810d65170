CREATE TABLE folder (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(40) NOT NULL,
  parent bigint,
  CONSTRAINT folder_parent_fkey FOREIGN KEY (parent) REFERENCES folder (id) ON DELETE CASCADE
);
CREATE INDEX folder_parent_idx ON folder (parent);
CREATE TABLE doc (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  folder bigint,
  title varchar(40),
  CONSTRAINT doc_folder_fkey FOREIGN KEY (folder) REFERENCES folder (id)
);
CREATE INDEX doc_folder_idx ON doc (folder);
