-- INT PRIMARY KEY is not the rowid (only INTEGER PRIMARY KEY is): SQLite
-- lets it hold NULL and text, so making it the DocType's INTEGER key is a
-- type change, never "nothing to do".
CREATE TABLE "tag" (
  "id" INT PRIMARY KEY,
  "label" VARCHAR(20)
);
