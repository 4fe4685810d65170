// Package postgres holds schemaguard's PostgreSQL benchmarks. Like package
// bench it is not a stage of the flow: it generates DocType folders and big
// tables and times the PostgreSQL adapter's inspection, normalization,
// scratch-database load and probes with `go test -bench`, next to baselines
// measured in the same run (the raw catalog queries, pg_dump, plain
// count/scan/GROUP BY/anti-join queries).
//
// Everything needs a server named by SCHEMAGUARD_TEST_PG_URL (scripts/pg.sh
// start prints one); without it the benchmarks skip with a message. The
// fixtures are databases named sgbench_*, built on demand by the benchmarks
// (never by `go test` without -bench) and kept for the next run; drop them
// with DROP DATABASE when done. Their names carry a version: change the
// generator, bump the version.
package postgres
