-- now() is STABLE: ADD COLUMN evaluates it once, so every existing row
-- gets the same value and a unique index over it finds rows-1 duplicates
-- (none with one row). clock_timestamp() is VOLATILE: each row gets its
-- own value, which schemaguard cannot count.
CREATE TABLE event (
  id integer PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT event_at_key UNIQUE (at)
);
CREATE TABLE single (
  id integer PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT single_at_key UNIQUE (at)
);
CREATE TABLE noisy (
  id integer PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT noisy_at_key UNIQUE (at)
);
-- A check reads the new column as its default: CURRENT_DATE is one date
-- for every row, which fails d < 2000-01-01 in both rows; random() is
-- drawn per row, so r < 2 cannot be counted (it holds, but schemaguard
-- does not know what random() returns).
CREATE TABLE stamp (
  id integer PRIMARY KEY,
  d date NOT NULL DEFAULT CURRENT_DATE,
  r float8 DEFAULT random(),
  CONSTRAINT stamp_d_old CHECK (d < '2000-01-01'),
  CONSTRAINT stamp_r_small CHECK (r < 2)
);
