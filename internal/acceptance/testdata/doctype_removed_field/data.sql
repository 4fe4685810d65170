INSERT INTO item (name, legacy_code, old_notes, unused) VALUES ('a', 'L1', NULL, NULL), ('b', 'L2', 'n', NULL), ('c', NULL, NULL, NULL);
