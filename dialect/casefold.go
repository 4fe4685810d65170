package dialect

import "github.com/schemaguard/schemaguard/diff"

// NameFolder is an optional Dialect capability for engines that compare
// table or column names without regard to case, quoted or not (SQLite
// always; MySQL and MariaDB for columns). There, a desired "Email" and a
// live "email" are one column: adding the one beside the other fails, so
// the planner declares the one a rename of the other, and the DocType
// loader refuses two fields (or tables) that differ only in case. It may
// be called concurrently and never fails.
type NameFolder interface {
	// FoldsNames reports whether table names and column names are
	// compared without regard to case.
	FoldsNames() (tables, columns bool)
}

// IdentMatcher is an optional Dialect capability: how the engine matches a
// column name written in an expression (a check, a generated column, an
// index or key expression) with the column's name in the catalog. Risk
// rules and sync's keep-back rules call it to know which columns an
// expression reads. It may be called concurrently and never fails.
type IdentMatcher interface {
	IdentCase() diff.IdentCase
}

// IdentCase is d's IdentMatcher answer, diff.CaseExact when d is nil or
// does not say.
func IdentCase(d Dialect) diff.IdentCase {
	if m, ok := d.(IdentMatcher); ok {
		return m.IdentCase()
	}
	return diff.CaseExact
}

// OnceEvaluator is an optional Dialect capability for engines that compute
// a non-constant default once as they add a column and give that value to
// every existing row, unless the default calls a volatile function, which
// they compute per row (PostgreSQL: now() is the same in every row,
// clock_timestamp() is not). A check or a foreign key over the new column
// can then be counted on the default, and the probe reports it not
// checkable when the default turns out to be volatile. It may be called
// concurrently and never fails.
type OnceEvaluator interface {
	EvaluatesDefaultsOnce() bool
}

// EvaluatesDefaultsOnce is d's OnceEvaluator answer, false when d is nil
// or does not say.
func EvaluatesDefaultsOnce(d Dialect) bool {
	if e, ok := d.(OnceEvaluator); ok {
		return e.EvaluatesDefaultsOnce()
	}
	return false
}
