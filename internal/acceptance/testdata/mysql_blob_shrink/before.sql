CREATE TABLE doc (
  id INT PRIMARY KEY,
  body BLOB,
  thumb VARBINARY(300)
);
