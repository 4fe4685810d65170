CREATE TABLE ticket (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status VARCHAR(10),
  CONSTRAINT ticket_status_check CHECK (status IN ('new', 'paid', 'void'))
);
