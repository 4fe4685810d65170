package sqlite

import (
	"context"
	"fmt"

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
		if m, ok := a[i].Change.(diff.ModifyColumn); ok && m.Aspect == diff.KindAlterType && a[i].Affected > 0 {
			a[i].Reason = silentNote(m, a[i].Affected)
		}
		if needsRebuild(a[i].Change) {
			a[i].Lock = &dialect.Lock{Mode: "database write lock", Rewrite: true,
				Note: "SQLite rebuilds the table: it copies every row into a new table inside the transaction"}
		}
	}
	return nil
}

// silentNote says what SQLite itself does with values that do not fit a
// new column type: it neither fails nor converts them, it keeps them.
func silentNote(m diff.ModifyColumn, n int64) string {
	to := m.To.Type
	switch {
	case to.Kind.IsString():
		return fmt.Sprintf("SQLite does not enforce declared lengths: the rebuild would keep the %d long value(s) unchanged, longer than %s says", n, to)
	case to.Kind.IsNumeric() || to.Kind == schema.KindBool || to.Kind.IsTemporal():
		return fmt.Sprintf("SQLite neither refuses nor fixes values that do not fit %s (it enforces no range or scale and keeps text it cannot convert): the rebuild would keep the %d offending value(s) unchanged", to, n)
	}
	return ""
}
