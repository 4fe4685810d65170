CREATE TABLE token (
  id INT PRIMARY KEY,
  hash VARBINARY(32),
  blob_small BLOB
);
