// Package mysql is the MySQL / MariaDB adapter of the dialect port. It reads
// a live database from information_schema into the schema model, normalizes
// desired schemas by creating them in a throwaway database on the same
// server, renders changes as ALTER TABLE statements that name their online
// DDL algorithm and lock level, counts affected rows with read-only
// aggregate queries, and applies statements one by one with a best-effort
// undo (MySQL DDL is not transactional).
//
// The adapter is tested against MariaDB 10.11. Branches for MySQL 8 (index
// visibility, the MAX_EXECUTION_TIME hint, unquoted defaults) follow the
// MySQL manual and are untested; docs/dialects/mysql.md lists them.
//
// Importing the package registers the dialect under the name "mysql" and the
// URL schemes "mysql" and "mariadb".
package mysql
