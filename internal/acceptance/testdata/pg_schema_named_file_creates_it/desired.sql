-- --schema sales with a file that creates sales itself: the scratch
-- database must not create it first (CREATE SCHEMA would fail as a
-- duplicate), and the enum and default come back as sales."Status",
-- as the live database spells them, not as a change. public.keep is
-- outside --schema and not dropped.
CREATE SCHEMA sales;
CREATE TYPE sales."Status" AS ENUM ('new', 'Paid');
CREATE TABLE sales."order" (
  id integer PRIMARY KEY,
  state sales."Status" NOT NULL DEFAULT 'new',
  "from" text
);
