CREATE TABLE "Order Items" (
  "ID" INTEGER PRIMARY KEY,
  "Unit ""Price""" INTEGER,
  "group" VARCHAR(20)
);
