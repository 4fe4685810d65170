-- secret becomes invisible, shown visible, and hidden is added invisible.
CREATE TABLE acct (
  id INTEGER PRIMARY KEY,
  secret VARCHAR(20) INVISIBLE,
  shown INTEGER,
  hidden INTEGER INVISIBLE
);
