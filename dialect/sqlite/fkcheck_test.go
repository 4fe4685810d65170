package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
)

// SQLite enforces foreign keys only where a connection turns them on, so
// a live database may hold orphans. The check after a rebuild must fail
// only on violations the script adds, not on those the table already held.
func TestForeignKeyCheckCountsOnlyNewViolations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		script  []string
		wantErr bool
	}{
		{name: "orphan kept", script: []string{`PRAGMA foreign_key_check("c")`}},
		{name: "orphan kept through a rename", script: []string{`ALTER TABLE "c" RENAME TO "c2"`, `ALTER TABLE "p" RENAME TO "p2"`, `PRAGMA foreign_key_check("c2")`}},
		{name: "new orphan", script: []string{`INSERT INTO c VALUES (3, 77)`, `PRAGMA foreign_key_check("c")`}, wantErr: true},
		{name: "orphan moved to another row", script: []string{`UPDATE c SET p_id = 1 WHERE id = 2`, `UPDATE c SET p_id = 99 WHERE id = 1`, `PRAGMA foreign_key_check("c")`}, wantErr: true},
		{name: "new table", script: []string{`CREATE TABLE n (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))`, `INSERT INTO n VALUES (1, 5)`, `PRAGMA foreign_key_check("n")`}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			c, err := OpenMemory(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if err := c.Exec(ctx, `PRAGMA foreign_keys = OFF;
				CREATE TABLE p (id INTEGER PRIMARY KEY);
				CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id));
				INSERT INTO p VALUES (1);
				INSERT INTO c VALUES (1, 1), (2, 99)`); err != nil {
				t.Fatal(err)
			}
			s := &dialect.Script{}
			for _, q := range tt.script {
				s.Statements = append(s.Statements, dialect.Statement{SQL: q})
			}
			err = c.Apply(ctx, s)
			var ae *dialect.ApplyError
			if tt.wantErr != errors.As(err, &ae) {
				t.Fatalf("Apply: err = %v, want an ApplyError: %v", err, tt.wantErr)
			}
		})
	}
}
