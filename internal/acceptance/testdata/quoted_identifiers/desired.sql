CREATE TABLE "Order Items" (
  "ID" INTEGER PRIMARY KEY,
  "Unit ""Price""" INTEGER NOT NULL,
  "group" VARCHAR(8)
);
