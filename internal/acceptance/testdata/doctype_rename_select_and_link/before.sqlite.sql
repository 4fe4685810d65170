CREATE TABLE owner (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name varchar(30) NOT NULL
);
CREATE TABLE pet (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  species varchar(3),
  keeper bigint,
  nick varchar(20),
  CONSTRAINT pet_species_check CHECK (species IN ('cat','dog')),
  CONSTRAINT pet_keeper_fkey FOREIGN KEY (keeper) REFERENCES owner (id)
);
CREATE INDEX pet_keeper_idx ON pet (keeper);
CREATE UNIQUE INDEX pet_nick_key ON pet (nick);
