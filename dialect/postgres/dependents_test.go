package postgres

import (
	"context"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/dialect"
	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// A type change of a column that a view or a generated column depends on
// fails in PostgreSQL; Assess must say so and name them.
func TestAssessReportsDependents(t *testing.T) {
	ctx := context.Background()
	u := newDB(t)
	run(t, u, `CREATE TABLE "Order" (id int PRIMARY KEY, qty int, price int, total int GENERATED ALWAYS AS (qty * price) STORED, note varchar(10))`,
		`CREATE VIEW "big orders" AS SELECT id, qty FROM "Order" WHERE qty > 10`)
	c := open(t, u, dialect.OpenOptions{})
	actual, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tb := actual.Table("Order")
	retype := func(name string) diff.Change {
		to := *tb.Column(name)
		to.Type = schema.Type{Kind: schema.KindBigInt, Raw: "bigint"}
		if name == "note" {
			to.Type = schema.Type{Kind: schema.KindText, Raw: "text"}
		}
		return diff.ModifyColumn{Table: tb, From: tb.Column(name), To: &to, Aspect: diff.KindAlterType}
	}
	tests := []struct {
		name   string
		column string
		want   []string // in the reason; empty means no reason
	}{
		{"view and generated column", "qty", []string{`view public."big orders"`, "generated column total"}},
		{"generated column only", "price", []string{"generated column total"}},
		{"nothing depends", "note", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			as := []dialect.Assessment{{Change: retype(tc.column), Affected: -1}}
			if err := c.Assess(ctx, actual, as); err != nil {
				t.Fatal(err)
			}
			if len(tc.want) == 0 {
				if strings.Contains(as[0].Reason, "depend") {
					t.Fatalf("unexpected reason %q", as[0].Reason)
				}
				return
			}
			if as[0].Raise != 2 {
				t.Errorf("raise = %d, want DANGEROUS (2): the statement cannot run", as[0].Raise)
			}
			for _, w := range tc.want {
				if !strings.Contains(as[0].Reason, w) {
					t.Errorf("reason %q lacks %q", as[0].Reason, w)
				}
			}
		})
	}
}
