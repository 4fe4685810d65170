CREATE TABLE entry (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  "order" VARCHAR(4),
  "group" VARCHAR(10),
  "Mixed Case" VARCHAR(1),
  "user" BIGINT REFERENCES entry (id),
  CONSTRAINT entry_order_check CHECK ("order" IN ('asc', 'desc', 'none')),
  CONSTRAINT "entry_Mixed Case_check" CHECK ("Mixed Case" IN ('a', 'b'))
);
CREATE INDEX entry_group_idx ON entry ("group");
CREATE INDEX entry_user_idx ON entry ("user");
