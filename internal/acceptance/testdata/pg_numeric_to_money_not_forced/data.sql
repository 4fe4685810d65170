-- numeric -> money rounds to the currency's cents without a word (1.005
-- becomes $1.01): schemaguard cannot grade the cast, so the change is
-- not checkable and sync --force keeps it back.
INSERT INTO invoice (id, total) VALUES (1, 1.005), (2, 2.5), (3, NULL);
