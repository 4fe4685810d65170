CREATE TABLE "order" (
  "id" INTEGER PRIMARY KEY,
  "Group" VARCHAR(10),
  "select" INTEGER NOT NULL,
  "UserName" VARCHAR(40), -- previously: "User Name"
  CONSTRAINT "order_select_positive" CHECK ("select" > 1)
);
CREATE UNIQUE INDEX "order_Group_key" ON "order" ("Group");
