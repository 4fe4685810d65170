CREATE TABLE ticket (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  status varchar(4) DEFAULT 'new',
  priority varchar(6) NOT NULL,
  CONSTRAINT ticket_status_check CHECK (status IN ('new','paid','void')),
  CONSTRAINT ticket_priority_check CHECK (priority IN ('low','high'))
);
