CREATE SCHEMA sales;
CREATE TYPE sales."Status" AS ENUM ('new', 'Paid', 'shipped out');
CREATE TABLE public."User Accounts" (
  "ID" integer PRIMARY KEY,
  "Full Name" varchar(50),
  "select" text
);
CREATE TABLE sales."order" (
  id integer PRIMARY KEY,
  "user" integer,
  state sales."Status" NOT NULL DEFAULT 'new',
  "Amount" text
);
CREATE INDEX "Order_ByUser" ON sales."order" ("user", "Amount" DESC);
CREATE TABLE public.other (id integer PRIMARY KEY);
