// Package bench holds schemaguard's benchmarks and the generators behind
// them. It is not a stage of the flow: it builds synthetic schemas and
// SQLite files, then times the stages (diff and risk, inspection, probes)
// with `go test -bench`. Nothing here runs without -bench: the benchmarks
// build their big fixtures on demand, never in `go test ./...`.
//
// The generators are deterministic: the same arguments give the same
// schema, DDL and rows, so runs on different days compare.
package bench
