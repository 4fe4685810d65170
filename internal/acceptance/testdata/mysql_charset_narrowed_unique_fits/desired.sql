CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name VARCHAR(20) CHARACTER SET latin1 COLLATE latin1_general_ci
);
CREATE UNIQUE INDEX tag_name ON tag (name);
