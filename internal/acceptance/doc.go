// Package acceptance is the before/after suite that runs schemaguard's whole
// flow against real databases: for each scenario in testdata/ and each
// available dialect it creates the "before" schema and rows, plans against
// the desired state, checks the findings and their row counts, syncs with
// --force and requires that only DANGEROUS changes remain (and, where none
// was DANGEROUS, that the result equals "after" created directly).
//
// The package holds tests only; `go test ./internal/acceptance -update`
// rewrites the expected.json files, whose diff must be reviewed.
package acceptance
