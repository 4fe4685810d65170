package report_test

import (
	"bytes"
	"testing"

	"github.com/schemaguard/schemaguard/report"
)

// TestSharedStatements renders changes that run the same statements on
// each dialect: only changes the dialect marks as a rebuild (SQLite's,
// dialect.Script.Rebuilds) are called a table rebuild.
func TestSharedStatements(t *testing.T) {
	t.Parallel()
	rows := int64(1)
	change := func(table, col, code, msg string, stmts ...string) report.Change {
		return report.Change{Table: table, Column: &col, Code: code, Risk: "dangerous", StaticRisk: "warning", Message: msg,
			Impact: "1 row fails.", Recommendation: "fix the rows first", DocsURL: "https://example.com/" + code,
			Checked: "exact", AffectedRows: &rows, Statements: stmts}
	}
	rebuild := func(c report.Change) report.Change {
		c.Rebuilds = c.Table
		return c
	}
	tests := []struct {
		name    string
		dialect string
		changes []report.Change
	}{
		{name: "postgres", dialect: "postgres", changes: []report.Change{
			change("item", "qty", "add-domain-constraint", "Add constraint to domain qty on item.qty.",
				`ALTER DOMAIN "public"."qty" ADD CONSTRAINT "qty_check" CHECK (VALUE >= 0)`),
			change("stock", "qty", "add-domain-constraint", "Add constraint to domain qty on stock.qty.",
				`ALTER DOMAIN "public"."qty" ADD CONSTRAINT "qty_check" CHECK (VALUE >= 0)`),
		}},
		{name: "mysql", dialect: "mysql", changes: []report.Change{
			// MariaDB refuses to retype a column a foreign key uses: both
			// sides' changes run in the statements that lift the key.
			change("child", "code", "change-collation", "Change collation of child.code.",
				"ALTER TABLE `child` DROP FOREIGN KEY `child_code_fk`",
				"ALTER TABLE `parent` MODIFY `code` varchar(10) COLLATE utf8mb4_bin",
				"ALTER TABLE `child` MODIFY `code` varchar(10) COLLATE utf8mb4_bin",
				"ALTER TABLE `child` ADD CONSTRAINT `child_code_fk` FOREIGN KEY (`code`) REFERENCES `parent` (`code`)"),
			change("parent", "code", "change-collation", "Change collation of parent.code.",
				"ALTER TABLE `child` DROP FOREIGN KEY `child_code_fk`",
				"ALTER TABLE `parent` MODIFY `code` varchar(10) COLLATE utf8mb4_bin",
				"ALTER TABLE `child` MODIFY `code` varchar(10) COLLATE utf8mb4_bin",
				"ALTER TABLE `child` ADD CONSTRAINT `child_code_fk` FOREIGN KEY (`code`) REFERENCES `parent` (`code`)"),
		}},
		{name: "sqlite", dialect: "sqlite", changes: []report.Change{
			rebuild(change("note", "body", "shrink-length", "Change type of note.body.",
				`CREATE TABLE "schemaguard_new_note" ("id" INTEGER PRIMARY KEY, "body" VARCHAR(10))`,
				`INSERT INTO "schemaguard_new_note" ("id", "body") SELECT "id", "body" FROM "note"`,
				`DROP TABLE "note"`, `ALTER TABLE "schemaguard_new_note" RENAME TO "note"`)),
			rebuild(change("note", "body", "set-not-null", "Set NOT NULL on note.body.",
				`CREATE TABLE "schemaguard_new_note" ("id" INTEGER PRIMARY KEY, "body" VARCHAR(10))`,
				`INSERT INTO "schemaguard_new_note" ("id", "body") SELECT "id", "body" FROM "note"`,
				`DROP TABLE "note"`, `ALTER TABLE "schemaguard_new_note" RENAME TO "note"`)),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			d := &report.Document{FormatVersion: report.FormatVersion, Command: "verify", Dialect: tt.dialect, DataChecked: true,
				Summary: report.Summary{Dangerous: len(tt.changes), Highest: "dangerous"}, Changes: tt.changes}
			var b bytes.Buffer
			if err := report.Text(&b, d, report.TextOptions{}); err != nil {
				t.Fatal(err)
			}
			golden(t, "shared-"+tt.name+".text.golden", b.Bytes())
		})
	}
}
