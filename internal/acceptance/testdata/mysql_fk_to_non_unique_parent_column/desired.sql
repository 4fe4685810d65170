CREATE TABLE team (
  id INTEGER PRIMARY KEY,
  grp INTEGER
);
CREATE INDEX team_grp ON team (grp);
CREATE TABLE player (
  id INTEGER PRIMARY KEY,
  grp INTEGER REFERENCES team (grp)
);
