package schema

import "strings"

// SQLiteAffinity is the affinity SQLite gives a column declared decl
// (https://www.sqlite.org/datatype3.html#determination_of_column_affinity):
// INTEGER, TEXT, BLOB, REAL or NUMERIC. DECIMAL, BOOLEAN, DATE, DATETIME,
// JSON and UUID name none of the strings that rule, and have NUMERIC
// affinity; an empty declaration has BLOB.
func SQLiteAffinity(decl string) string {
	d := strings.ToUpper(decl)
	switch {
	case strings.Contains(d, "INT"):
		return "INTEGER"
	case strings.Contains(d, "CHAR"), strings.Contains(d, "CLOB"), strings.Contains(d, "TEXT"):
		return "TEXT"
	case strings.Contains(d, "BLOB"), strings.TrimSpace(d) == "":
		return "BLOB"
	case strings.Contains(d, "REAL"), strings.Contains(d, "FLOA"), strings.Contains(d, "DOUB"):
		return "REAL"
	}
	return "NUMERIC"
}
