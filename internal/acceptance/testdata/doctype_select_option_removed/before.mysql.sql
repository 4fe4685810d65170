CREATE TABLE ticket (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status varchar(4) DEFAULT 'new',
  priority varchar(6) NOT NULL,
  CONSTRAINT ticket_status_check CHECK (status IN ('new','paid','void')),
  CONSTRAINT ticket_priority_check CHECK (priority IN ('low','high'))
);
