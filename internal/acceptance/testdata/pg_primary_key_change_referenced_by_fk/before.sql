CREATE TABLE store (
  id INTEGER NOT NULL,
  region VARCHAR(4) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE sale (
  id INTEGER PRIMARY KEY,
  store_id INTEGER,
  CONSTRAINT sale_store FOREIGN KEY (store_id) REFERENCES store (id)
);
