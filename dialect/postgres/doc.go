// Package postgres is the PostgreSQL adapter of the dialect port. It reads a
// live database from pg_catalog into the schema model, normalizes desired
// schemas by creating them in a scratch database, renders changes as DDL
// with lock-friendly recipes (CREATE INDEX CONCURRENTLY, NOT VALID then
// VALIDATE), counts affected rows with read-only aggregate queries, and
// applies scripts under a session advisory lock.
//
// It registers itself as "postgres" (URL schemes postgres:// and
// postgresql://) in init; import it for its side effect.
package postgres
