-- The child's 'FR' finds 'fr' under the parent key's NOCASE; under BINARY
-- it finds nothing, and SQLite checks no key when the parent is rebuilt.
INSERT INTO country (code, name) VALUES ('fr', 'France'), ('de', 'Germany');
INSERT INTO city (id, country) VALUES (1, 'fr'), (2, 'FR'), (3, 'De'), (4, NULL);
