// Command setup builds examples/shop/app.db, the shop's "before" database,
// from the committed examples/shop/before.sql. It replaces any existing file.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite"
)

func main() {
	dir := "examples/shop"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := build(context.Background(), dir); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func build(ctx context.Context, dir string) error {
	ddl, err := os.ReadFile(filepath.Join(dir, "before.sql"))
	if err != nil {
		return fmt.Errorf("reading the example (run from the repository root): %w", err)
	}
	path := filepath.Join(dir, "app.db")
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, string(ddl)); err != nil {
		return fmt.Errorf("building %s: %w", path, err)
	}
	fmt.Fprintf(os.Stderr, "built %s from %s\n", path, filepath.Join(dir, "before.sql"))
	return nil
}
