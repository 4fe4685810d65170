-- Two schemas (--schema public --schema sales), quoted mixed-case names,
-- names with spaces and reserved words, an enum outside public and a
-- foreign key from sales to public with an orphan: every finding is
-- counted on the right table, and public.other is not dropped.
CREATE SCHEMA sales;
CREATE TYPE sales."Status" AS ENUM ('new', 'Paid', 'shipped out');
CREATE TABLE public."User Accounts" (
  "ID" integer PRIMARY KEY,
  "Full Name" varchar(50) NOT NULL,
  "select" text
);
CREATE TABLE sales."order" (
  id integer PRIMARY KEY,
  "user" integer REFERENCES public."User Accounts" ("ID"),
  state sales."Status" NOT NULL DEFAULT 'new',
  "Amount" numeric(10,2)
);
CREATE INDEX "Order_ByUser" ON sales."order" ("user", "Amount" DESC);
CREATE TABLE public.other (id integer PRIMARY KEY);
