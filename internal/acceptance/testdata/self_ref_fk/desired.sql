CREATE TABLE category (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES category (id) ON DELETE SET NULL,
  name VARCHAR(50) NOT NULL,
  CHECK (parent_id <> id)
);
CREATE INDEX category_parent_id_idx ON category (parent_id);
CREATE UNIQUE INDEX category_parent_name_key ON category (parent_id, name);
