package dialect

// NameFolder is an optional Dialect capability for engines that compare
// table or column names without regard to case, quoted or not (SQLite
// always; MySQL for columns). There, a desired "Email" and a live "email"
// are one column: adding the one beside the other fails. The planner
// calls it once per plan; it may be called concurrently and never fails.
type NameFolder interface {
	// FoldsNames reports whether table names and column names are
	// compared without regard to case.
	FoldsNames() (tables, columns bool)
}
