// Command pgdesired writes the desired state of the PostgreSQL schema
// benchmarks (bench/postgres) as files, for tools that read files rather
// than a Go fs.FS: the DocType folder DocTypes(n, false) as DIR/doctypes/,
// and the same schema as SQL DDL, DIR/sql/schema.sql. The live side is the
// fixture database sgbench_schema_<n>_v1 that the benchmarks build.
// bench/postgres/peers.sh uses it to time peer tools on the same schemas.
package main

import (
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/schemaguard/schemaguard/bench/postgres"
	"github.com/schemaguard/schemaguard/dialect"
)

func main() {
	db := flag.String("db", os.Getenv("SCHEMAGUARD_TEST_PG_URL"), "PostgreSQL URL used to render the DDL (default $SCHEMAGUARD_TEST_PG_URL); nothing is written to it")
	tables := flag.Int("tables", 100, "number of tables")
	dir := flag.String("dir", ".", "directory to write doctypes/ and sql/schema.sql into")
	flag.Parse()
	if err := run(context.Background(), *db, *tables, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, db string, tables int, dir string) error {
	if db == "" {
		return fmt.Errorf("no database URL: pass -db postgres://... or set SCHEMAGUARD_TEST_PG_URL")
	}
	fsys := postgres.DocTypes(tables, false)
	docDir := filepath.Join(dir, "doctypes")
	if err := os.MkdirAll(docDir, 0o755); err != nil {
		return err
	}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return err
	}
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(docDir, name), fsys[name].Data, 0o644); err != nil {
			return err
		}
	}
	conn, err := dialect.Open(ctx, db, dialect.OpenOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer conn.Close()
	ddl, _, err := postgres.DesiredDDL(ctx, conn, fsys)
	if err != nil {
		return fmt.Errorf("rendering the DDL of %d tables: %w", tables, err)
	}
	sqlDir := filepath.Join(dir, "sql")
	if err := os.MkdirAll(sqlDir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(sqlDir, "schema.sql"), []byte(ddl), 0o644)
}
