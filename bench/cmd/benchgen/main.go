// Command benchgen writes the 500-table fixture of scripts/bench.sh: a
// SQLite file with generated tables and rows, and a desired SQL file with a
// few hundred changes against it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemaguard/schemaguard/bench"
)

func main() {
	dir := flag.String("dir", ".", "directory to write schema.db and desired.sql into")
	tables := flag.Int("tables", 500, "number of tables")
	rows := flag.Int("rows", 20, "rows per table")
	changes := flag.Int("changes", 150, "edits in the desired schema")
	flag.Parse()
	if err := run(*dir, *tables, *rows, *changes); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(dir string, tables, rows, changes int) error {
	actual := bench.Generate(tables, 1)
	if err := bench.WriteSchemaDB(context.Background(), filepath.Join(dir, "schema.db"), actual, rows); err != nil {
		return err
	}
	desired := bench.Mutate(actual, changes, 2, false)
	ddl := strings.Join(bench.DDL(desired), ";\n\n") + ";\n"
	return os.WriteFile(filepath.Join(dir, "desired.sql"), []byte(ddl), 0o644)
}
