CREATE TYPE state AS ENUM ('open', 'closed');
CREATE TABLE ticket (
  id integer PRIMARY KEY,
  title varchar(40),
  status state
);
