-- Hand-typed synonyms that SQLite stores exactly like the types a DocType
-- maps to (same affinity): none of them is a change.
CREATE TABLE "event" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "title" CHARACTER(60) NOT NULL DEFAULT 'untitled',
  "code" NVARCHAR(4),
  "seats" INT NOT NULL DEFAULT 10,
  "total" INT8,
  "small" INT2,
  "fee" NUMERIC(6,2) DEFAULT 1.50,
  "starts_at" TIMESTAMP,
  "public" BOOL NOT NULL DEFAULT 0,
  "body" CLOB,
  "meta" JSONB,
  "ratio" DOUBLE PRECISION
);
