package sqlite

import (
	"context"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
)

// A table rebuild must keep generated columns, and a changed generation
// expression must show up as a change.
func TestGeneratedColumnsSurviveRebuild(t *testing.T) {
	ctx := context.Background()
	c, err := OpenMemory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Exec(ctx, `CREATE TABLE p (id INTEGER PRIMARY KEY, price INTEGER, qty INTEGER,
		total INTEGER GENERATED ALWAYS AS (price * qty) STORED, note VARCHAR(10));
		INSERT INTO p (price, qty, note) VALUES (2, 3, 'x')`); err != nil {
		t.Fatal(err)
	}
	actual, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g := actual.Table("p").Column("total").Generated; g != "price * qty" {
		t.Fatalf("generated expression = %q, want price * qty", g)
	}
	desired, err := c.LoadSQL(ctx, "d.sql", `CREATE TABLE p (id INTEGER PRIMARY KEY, price INTEGER, qty INTEGER,
		total INTEGER GENERATED ALWAYS AS (price * qty) STORED, note VARCHAR(20) NOT NULL DEFAULT '')`)
	if err != nil {
		t.Fatal(err)
	}
	changes := diff.Compute(actual, desired)
	if len(changes) == 0 {
		t.Fatal("no changes found")
	}
	script, err := c.Render(actual, diff.Apply(actual, changes), changes)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(ctx, script); err != nil {
		t.Fatalf("apply: %v", err)
	}
	after, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rest := diff.Compute(after, desired); len(rest) != 0 {
		t.Fatalf("not converged: %v", rest)
	}
	var total int
	if err := c.conn.QueryRowContext(ctx, "SELECT total FROM p").Scan(&total); err != nil || total != 6 {
		t.Fatalf("total = %d (%v), want 6", total, err)
	}
	changed, err := c.LoadSQL(ctx, "d2.sql", `CREATE TABLE p (id INTEGER PRIMARY KEY, price INTEGER, qty INTEGER,
		total INTEGER GENERATED ALWAYS AS (price * qty + 1) STORED, note VARCHAR(20) NOT NULL DEFAULT '')`)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ch := range diff.Compute(after, changed) {
		if m, ok := ch.(diff.ModifyColumn); ok && m.Detail == "generated expression" {
			found = true
		}
	}
	if !found {
		t.Fatal("a changed generation expression was not reported")
	}
}
