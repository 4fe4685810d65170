INSERT INTO "user" (id, "from") VALUES (1, 'a'), (2, NULL);
