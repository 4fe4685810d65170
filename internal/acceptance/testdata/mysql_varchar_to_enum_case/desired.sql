-- MySQL stores 'SMALL', 'small ' and 'Large' as 'small' and 'large' (the
-- values equal under the column's collation): each of them is changed.
-- 'CAFÉ' and 'cafe' become 'café' (latin1_swedish_ci ignores the case
-- and this accent).
CREATE TABLE shirt (
  id INTEGER PRIMARY KEY,
  size ENUM('small', 'large'),
  drink ENUM('café', 'thé') CHARACTER SET latin1
);
