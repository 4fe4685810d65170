CREATE TABLE "event" (
  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
  "title" VARCHAR(60) NOT NULL DEFAULT 'untitled',
  "level" VARCHAR(4) NOT NULL DEFAULT 'low',
  "seats" INTEGER NOT NULL DEFAULT 10,
  "fee" DECIMAL(6,2) DEFAULT 1.50,
  "starts_at" DATETIME DEFAULT current_timestamp,
  "day" DATE,
  "public" BOOLEAN NOT NULL DEFAULT False,
  "body" TEXT,
  CONSTRAINT "event_level_check" CHECK ("level" IN ('low','mid','high'))
);
