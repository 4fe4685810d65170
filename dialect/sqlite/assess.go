package sqlite

import (
	"context"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// Assess implements dialect.Assessor: it says which changes rebuild their
// table. SQLite takes one write lock for the whole database during any DDL,
// so readers in WAL mode continue and writers wait; it raises nothing.
func (c *Conn) Assess(ctx context.Context, actual *schema.Schema, a []dialect.Assessment) error {
	for i := range a {
		switch a[i].Change.(type) {
		case diff.AddTable, diff.DropTable:
			continue
		}
		// Every SQLite DDL takes the database write lock for a moment; only a
		// rebuild holds it for as long as copying the table takes, so only a
		// rebuild is worth reporting.
		if needsRebuild(a[i].Change) {
			a[i].Lock = &dialect.Lock{Mode: "database write lock", Rewrite: true,
				Note: "SQLite rebuilds the table: it copies every row into a new table inside the transaction"}
		}
	}
	return nil
}
