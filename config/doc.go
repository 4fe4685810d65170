// Package config reads schemaguard.yaml, the project file that tells the
// CLI and the web UI where the flow starts: the database to inspect (db),
// the desired state (desired), what to leave out (ignore, schemas), when a
// plan fails a check (fail_on) and how the data probes behave
// (probe_timeout, big_table_rows). It only reads and validates the file;
// flags and defaults are merged by the CLI.
package config
