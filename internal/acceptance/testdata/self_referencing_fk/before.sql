CREATE TABLE employee (
  id INTEGER PRIMARY KEY,
  manager_id INTEGER
);
