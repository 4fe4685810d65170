CREATE TABLE reading (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  val numeric(6,3),
  amt numeric(5,2),
  whole numeric(4,0)
);
