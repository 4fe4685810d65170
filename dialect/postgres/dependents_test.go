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

// A btree index over values longer than an index entry may take fails to
// build: the finding must not stay SAFE.
func TestAssessOversizedIndexKeys(t *testing.T) {
	ctx := context.Background()
	u := newDB(t)
	run(t, u, `CREATE TABLE doc (id int PRIMARY KEY, body text, title varchar(100))`,
		// md5 chains do not compress: 3,200 bytes stay over the limit.
		`INSERT INTO doc SELECT g, (SELECT string_agg(md5(g::text || i::text), '') FROM generate_series(1, 100) i), 't' FROM generate_series(1, 3) g`,
		`INSERT INTO doc VALUES (4, 'short', 't')`)
	c := open(t, u, dialect.OpenOptions{})
	actual, err := c.Inspect(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tb := actual.Table("doc")
	tests := []struct {
		name   string
		column string
		raise  bool
	}{
		{"long text values", "body", true},
		{"bounded varchar", "title", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := &schema.Index{Name: "doc_" + tc.column + "_idx", Parts: []schema.IndexPart{{Column: tc.column}}}
			as := []dialect.Assessment{{Change: diff.AddIndex{Table: tb, Index: ix}, Affected: -1}}
			if err := c.Assess(ctx, actual, as); err != nil {
				t.Fatal(err)
			}
			if got := as[0].Raise >= 1 && strings.Contains(as[0].Reason, "3 row(s)"); got != tc.raise {
				t.Fatalf("raise = %d, reason %q; want raised: %v", as[0].Raise, as[0].Reason, tc.raise)
			}
		})
	}
	// And the server agrees: the build really fails.
	db := open(t, u, dialect.OpenOptions{})
	if err := db.Apply(ctx, &dialect.Script{Statements: []dialect.Statement{{SQL: `CREATE INDEX doc_body_idx ON doc (body)`}}}); err == nil {
		t.Fatal("CREATE INDEX over the long values succeeded; the limit assumption is wrong")
	}
}
