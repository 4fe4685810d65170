// Package mysql holds schemaguard's MySQL / MariaDB benchmarks. Like
// package bench it is not a stage of the flow: it generates databases of
// many tables and one big table, and times the mysql dialect's inspection
// and diff and its probes with `go test -bench`, next to baselines
// measured in the same run (the raw information_schema queries, plain
// count / scan / GROUP BY / anti-join queries).
//
// Everything needs a server named by SCHEMAGUARD_TEST_MYSQL_URL
// (scripts/mariadb.sh start prints one); without it the benchmarks skip
// with a message. The fixtures are databases named sgbench_*, built on
// demand by the benchmarks (never by `go test` without -bench) and kept for
// the next run; drop them with DROP DATABASE when done. Their names carry a
// version: change a generator, bump the version.
package mysql
