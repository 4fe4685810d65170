CREATE TABLE token (
  id INT PRIMARY KEY,
  hash VARBINARY(16),
  blob_small VARBINARY(300)
);
