package postgres

import (
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

// TestRenderPartitioned checks the statements for a partitioned table
// against what PostgreSQL 15 refuses there: NOT VALID foreign keys,
// CREATE INDEX CONCURRENTLY and ADD CONSTRAINT ... USING INDEX.
func TestRenderPartitioned(t *testing.T) {
	t.Parallel()
	measure := func() *schema.Table {
		return &schema.Table{Schema: "public", Name: "measure", Options: map[string]string{diff.OptionPartitionBy: "RANGE (at)"},
			Columns: []*schema.Column{{Name: "id", Type: schema.Type{Kind: schema.KindInt, Raw: "integer"}},
				{Name: "at", Type: schema.Type{Kind: schema.KindDate, Raw: "date"}},
				{Name: "v", Type: schema.Type{Kind: schema.KindInt, Raw: "integer"}, Nullable: true}}}
	}
	fk := &schema.ForeignKey{Name: "measure_v_fkey", Columns: []string{"v"}, RefTable: "ref", RefColumns: []string{"id"}}
	tests := []struct {
		name   string
		change func(t *schema.Table) diff.Change
		want   []string // statements, without the SET lock_timeout ones
		noTx   []bool
	}{
		{name: "foreign key is added validating, after the transaction",
			change: func(t *schema.Table) diff.Change { return diff.AddForeignKey{Table: t, FK: fk} },
			want:   []string{`ALTER TABLE "public"."measure" ADD CONSTRAINT "measure_v_fkey" FOREIGN KEY ("v") REFERENCES "public"."ref" ("id")`},
			noTx:   []bool{true}},
		{name: "changed foreign key is dropped and added back validating, in the transaction",
			change: func(t *schema.Table) diff.Change {
				to := *fk
				to.OnDelete = "CASCADE"
				return diff.AlterForeignKey{Table: t, From: fk, To: &to}
			},
			want: []string{`ALTER TABLE "public"."measure" DROP CONSTRAINT "measure_v_fkey"`,
				`ALTER TABLE "public"."measure" ADD CONSTRAINT "measure_v_fkey" FOREIGN KEY ("v") REFERENCES "public"."ref" ("id") ON DELETE CASCADE`},
			noTx: []bool{false, false}},
		{name: "index is built without CONCURRENTLY",
			change: func(t *schema.Table) diff.Change {
				return diff.AddIndex{Table: t, Index: &schema.Index{Name: "measure_v_idx", Parts: []schema.IndexPart{{Column: "v"}}}}
			},
			want: []string{`CREATE INDEX "measure_v_idx" ON "public"."measure" ("v")`},
			noTx: []bool{true}},
		{name: "unique constraint is added whole",
			change: func(t *schema.Table) diff.Change {
				return diff.AddIndex{Table: t, Index: &schema.Index{Name: "measure_v_at_key", Unique: true, Constraint: true, Parts: []schema.IndexPart{{Column: "v"}, {Column: "at"}}}}
			},
			want: []string{`ALTER TABLE "public"."measure" ADD CONSTRAINT "measure_v_at_key" UNIQUE ("v", "at")`},
			noTx: []bool{true}},
		{name: "partitioning change renders nothing",
			change: func(t *schema.Table) diff.Change {
				return diff.AlterTableOption{Table: t, Want: t, Option: diff.OptionPartitionBy, From: "RANGE (at)", To: ""}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tbl := measure()
			s := &schema.Schema{Dialect: Name, Tables: []*schema.Table{tbl}}
			script, err := render(s, s, []diff.Change{tc.change(tbl)})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			var noTx []bool
			for _, st := range script.Statements {
				if strings.HasPrefix(st.SQL, "SET ") {
					continue
				}
				got = append(got, st.SQL)
				noTx = append(noTx, st.NoTx)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for i := range noTx {
				if i < len(tc.noTx) && noTx[i] != tc.noTx[i] {
					t.Errorf("statement %d: NoTx = %v, want %v", i, noTx[i], tc.noTx[i])
				}
			}
		})
	}
}

// TestNewPartitionedTable checks that a new table keeps its PARTITION BY.
func TestNewPartitionedTable(t *testing.T) {
	t.Parallel()
	tbl := &schema.Table{Schema: "public", Name: "note", Options: map[string]string{diff.OptionPartitionBy: "LIST (kind)"},
		Columns: []*schema.Column{{Name: "kind", Type: schema.Type{Kind: schema.KindText, Raw: "text"}}}}
	plain := &schema.Table{Schema: "public", Name: "other", Options: map[string]string{diff.OptionPartitionBy: ""},
		Columns: []*schema.Column{{Name: "kind", Type: schema.Type{Kind: schema.KindText, Raw: "text"}}}}
	script, err := render(&schema.Schema{Dialect: Name}, &schema.Schema{Dialect: Name, Tables: []*schema.Table{tbl, plain}},
		[]diff.Change{diff.AddTable{Table: tbl}, diff.AddTable{Table: plain}})
	if err != nil {
		t.Fatal(err)
	}
	if got := script.ByChange[0][0]; !strings.HasSuffix(got, ") PARTITION BY LIST (kind)") {
		t.Errorf("CREATE TABLE = %q, want it to end in PARTITION BY LIST (kind)", got)
	}
	if got := script.ByChange[1][0]; strings.Contains(got, "PARTITION") {
		t.Errorf("CREATE TABLE = %q, want no PARTITION BY", got)
	}
}
