-- A new enum type in sales (not on the search path) for a new table in
-- sales, foreign keys both ways between the schemas without orphans, and
-- NOT NULL over no NULL: sync creates sales."Kind" (not public."Kind")
-- and the next plan is empty.
CREATE SCHEMA sales;
CREATE TYPE sales."Status" AS ENUM ('new', 'Paid', 'shipped out');
CREATE TYPE sales."Kind" AS ENUM ('a', 'B b');
CREATE TABLE public."User Accounts" (
  "ID" integer PRIMARY KEY,
  "Full Name" varchar(50) NOT NULL,
  "select" text
);
CREATE TABLE sales."order" (
  id integer PRIMARY KEY,
  "user" integer REFERENCES public."User Accounts" ("ID"),
  state sales."Status" NOT NULL DEFAULT 'new',
  "Amount" text
);
CREATE INDEX "Order_ByUser" ON sales."order" ("user", "Amount" DESC);
CREATE TABLE sales."New Table" (
  id integer PRIMARY KEY,
  k sales."Kind",
  "desc" text,
  u integer REFERENCES public."User Accounts" ("ID")
);
CREATE TABLE public.other (
  id integer PRIMARY KEY,
  "Group" sales."Kind",
  owner integer REFERENCES sales."order" (id)
);
CREATE INDEX "Other_Group" ON public.other ("Group");
