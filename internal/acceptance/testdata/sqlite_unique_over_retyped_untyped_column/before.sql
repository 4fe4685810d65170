-- A column declared without a type keeps 1 and '1' apart; once it is TEXT
-- the copy stores both as '1', and the new unique index fails on them.
CREATE TABLE k (id INTEGER PRIMARY KEY, code);
CREATE TABLE m (id INTEGER PRIMARY KEY, code);
