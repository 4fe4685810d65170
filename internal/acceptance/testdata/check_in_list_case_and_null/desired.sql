CREATE TABLE task (
  id INTEGER PRIMARY KEY,
  status VARCHAR(10),
  CONSTRAINT task_status_ok CHECK (status IN ('open', 'done'))
);
