-- An ANY column of a STRICT table keeps every value as it was given.
-- Retyping a column of a STRICT table rebuilds it STRICT: a blob that an
-- ANY column held fails a TEXT column. Leaving STRICT gives ANY the
-- NUMERIC affinity, which rewrites '007' as 7 and '1e3' as 1000.
CREATE TABLE attr (id INTEGER PRIMARY KEY, val ANY) STRICT;
CREATE TABLE attr_ok (id INTEGER PRIMARY KEY, val ANY) STRICT;
CREATE TABLE setting (id INTEGER PRIMARY KEY, val ANY) STRICT;
CREATE TABLE setting_ok (id INTEGER PRIMARY KEY, val ANY) STRICT;
