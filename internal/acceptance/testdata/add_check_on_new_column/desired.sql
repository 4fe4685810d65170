CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  title VARCHAR(20),
  status VARCHAR(10) DEFAULT 'draft',
  prio INTEGER,
  CONSTRAINT ticket_status CHECK (status IN ('open', 'closed')),
  CONSTRAINT ticket_prio CHECK (prio > 0)
);
