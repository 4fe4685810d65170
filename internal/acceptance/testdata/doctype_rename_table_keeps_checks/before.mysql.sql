CREATE TABLE ticket_old (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state varchar(6),
  points int unsigned,
  CONSTRAINT ticket_old_state_check CHECK (state IN ('open', 'closed'))
);
