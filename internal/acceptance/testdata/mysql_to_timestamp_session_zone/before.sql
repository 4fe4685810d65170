CREATE TABLE event (
  id INT PRIMARY KEY,
  at DATETIME,
  txt VARCHAR(30),
  tod TIME
);
