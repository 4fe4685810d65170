package diff_test

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/schemaguard/schemaguard/diff"
	"github.com/schemaguard/schemaguard/schema"
)

func str(s string) *string { return &s }

func col(name, raw string, kind schema.Kind, nullable bool) *schema.Column {
	return &schema.Column{Name: name, Type: schema.Type{Kind: kind, Raw: raw}, Nullable: nullable}
}

func varchar(name string, n int, nullable bool) *schema.Column {
	c := col(name, fmt.Sprintf("VARCHAR(%d)", n), schema.KindString, nullable)
	c.Type.Length = n
	return c
}

func pk(cols ...string) *schema.Index {
	ix := &schema.Index{Name: "PRIMARY", Unique: true}
	for _, c := range cols {
		ix.Parts = append(ix.Parts, schema.IndexPart{Column: c})
	}
	return ix
}

func index(name string, unique bool, cols ...string) *schema.Index {
	ix := pk(cols...)
	ix.Name, ix.Unique = name, unique
	return ix
}

// base is the shared starting schema: a customer with a unique email, a
// status check and a spare column, and an order pointing at its customer.
// Every call returns a fresh value, so cases can mutate it freely.
func base() *schema.Schema {
	id := col("id", "INTEGER", schema.KindInt, false)
	id.AutoIncrement = true
	status := varchar("status", 10, true)
	status.Default = str("'active'")
	customer := &schema.Table{
		Name: "customer",
		Columns: []*schema.Column{
			id, varchar("name", 100, false), varchar("email", 200, true), status,
			col("note", "TEXT", schema.KindText, true),
			col("points", "INTEGER", schema.KindInt, true),
		},
		PrimaryKey: pk("id"),
		Indexes:    []*schema.Index{index("customer_email_key", true, "email"), index("customer_name_idx", false, "name")},
		Checks:     []*schema.Check{{Name: "customer_status_check", Expr: "status IN ('active', 'closed')"}},
	}
	oid := col("id", "INTEGER", schema.KindInt, false)
	total := col("total", "DECIMAL(10,2)", schema.KindDecimal, true)
	total.Type.Precision, total.Type.Scale = 10, 2
	orders := &schema.Table{
		Name:        "orders",
		Columns:     []*schema.Column{oid, col("customer_id", "INTEGER", schema.KindInt, true), total},
		PrimaryKey:  pk("id"),
		Indexes:     []*schema.Index{index("orders_total_idx", false, "total")},
		ForeignKeys: []*schema.ForeignKey{{Columns: []string{"customer_id"}, RefTable: "customer", RefColumns: []string{"id"}}},
	}
	s := &schema.Schema{Dialect: "fake", Tables: []*schema.Table{orders, customer}}
	s.Normalize()
	return s
}

// describe is "kind table.column" (or "kind table"), the shape cases expect.
func describe(cs []diff.Change) []string {
	out := []string{}
	for _, c := range cs {
		s := string(c.Kind()) + " " + c.TableName()
		if c.ColumnName() != "" {
			s += "." + c.ColumnName()
		}
		out = append(out, s)
	}
	return out
}

func TestCompute(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		// edit turns the desired schema (a copy of base) into the case's.
		edit func(d *schema.Schema)
		// editActual, when set, changes the actual schema instead of (or as well as) desired.
		editActual func(a *schema.Schema)
		want       []string
		// check inspects the changes beyond their kinds.
		check func(t *testing.T, cs []diff.Change)
	}{
		{name: "no change", edit: func(*schema.Schema) {}, want: []string{}},
		{
			name: "exclusion constraint added, dropped and changed",
			editActual: func(a *schema.Schema) {
				a.Table("orders").Exclusions = []*schema.Exclusion{{Name: "orders_x", Def: "EXCLUDE USING gist (total WITH =)"}, {Name: "orders_y", Def: "EXCLUDE USING gist (customer_id WITH =)"}}
			},
			edit: func(d *schema.Schema) {
				d.Table("orders").Exclusions = []*schema.Exclusion{{Name: "orders_x", Def: "EXCLUDE USING gist (total WITH =, id WITH <>)"}}
				d.Table("customer").Exclusions = []*schema.Exclusion{{Name: "customer_x", Def: "EXCLUDE USING gist (points WITH =)"}}
			},
			want: []string{"add_exclusion customer", "drop_exclusion orders", "alter_exclusion orders"},
		},
		{
			name: "exclusion constraint over a renamed column is kept",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Exclusions = []*schema.Exclusion{{Name: "customer_x", Def: "EXCLUDE USING gist (points WITH =)"}}
			},
			edit: func(d *schema.Schema) {
				c := d.Table("customer")
				c.Column("points").Name, c.Column("points").Previously = "score", []string{"points"}
				c.Exclusions = []*schema.Exclusion{{Name: "customer_x", Def: "EXCLUDE USING gist (score WITH =)"}}
			},
			want: []string{"rename_column customer.points"},
		},
		{
			name: "add table",
			edit: func(d *schema.Schema) {
				d.Tables = append(d.Tables, &schema.Table{Name: "product", Columns: []*schema.Column{col("id", "INTEGER", schema.KindInt, false)}})
			},
			want: []string{"add_table product"},
		},
		{
			name: "drop table",
			edit: func(d *schema.Schema) {
				d.Tables = slices.DeleteFunc(d.Tables, func(t *schema.Table) bool { return t.Name == "orders" })
			},
			want: []string{"drop_table orders"},
		},
		{
			name: "declared table rename",
			edit: func(d *schema.Schema) {
				o := d.Table("orders")
				o.Name, o.Previously = "sales_order", []string{"orders"}
			},
			want: []string{"rename_table orders"},
			check: func(t *testing.T, cs []diff.Change) {
				r := cs[0].(diff.RenameTable)
				if r.From.Name != "orders" || r.To.Name != "sales_order" {
					t.Errorf("rename %s -> %s, want orders -> sales_order", r.From.Name, r.To.Name)
				}
			},
		},
		{
			name: "rename source still desired is an add",
			edit: func(d *schema.Schema) {
				c := diff.CloneTable(d.Table("orders"))
				c.Name, c.Previously = "sales_order", []string{"orders"}
				d.Tables = append(d.Tables, c)
			},
			want: []string{"add_table sales_order"},
		},
		{
			name: "add column",
			edit: func(d *schema.Schema) {
				t := d.Table("customer")
				t.Columns = append(t.Columns, varchar("tier", 20, true))
			},
			want: []string{"add_column customer.tier"},
		},
		{
			name: "drop column",
			edit: func(d *schema.Schema) {
				t := d.Table("customer")
				t.Columns = slices.DeleteFunc(t.Columns, func(c *schema.Column) bool { return c.Name == "note" })
			},
			want: []string{"drop_column customer.note"},
			check: func(t *testing.T, cs []diff.Change) {
				if h := cs[0].(diff.DropColumn).RenameHint; h != "" {
					t.Errorf("RenameHint = %q with no added column", h)
				}
			},
		},
		{
			name: "declared column rename",
			edit: func(d *schema.Schema) {
				c := d.Table("customer").Column("note")
				c.Name, c.Previously = "remark", []string{"note"}
			},
			want: []string{"rename_column customer.note"},
		},
		{
			name: "declared rename of an indexed column keeps the index",
			edit: func(d *schema.Schema) {
				tb := d.Table("customer")
				c := tb.Column("email")
				c.Name, c.Previously = "mail", []string{"email"}
				tb.Indexes[0].Parts[0].Column = "mail"
			},
			want: []string{"rename_column customer.email"},
		},
		{
			name: "former column name beside a live column of the new name is a drop that names it",
			edit: func(d *schema.Schema) {
				tb := d.Table("customer")
				tb.Columns = slices.DeleteFunc(tb.Columns, func(c *schema.Column) bool { return c.Name == "note" })
				tb.Column("name").Previously = []string{"note"}
			},
			want: []string{"drop_column customer.note"},
			check: func(t *testing.T, cs []diff.Change) {
				if c := cs[0].(diff.DropColumn).ContinuedBy; c != "name" {
					t.Errorf("ContinuedBy = %q, want name", c)
				}
			},
		},
		{
			name: "former table name beside a live table of the new name is a drop that names it",
			edit: func(d *schema.Schema) {
				d.Tables = slices.DeleteFunc(d.Tables, func(t *schema.Table) bool { return t.Name == "orders" })
				d.Table("customer").Previously = []string{"orders"}
			},
			want: []string{"drop_table orders"},
			check: func(t *testing.T, cs []diff.Change) {
				if c := cs[0].(diff.DropTable).ContinuedBy; c != "customer" {
					t.Errorf("ContinuedBy = %q, want customer", c)
				}
			},
		},
		{
			name: "undeclared rename hints at the added column of the same kind",
			edit: func(d *schema.Schema) {
				c := d.Table("customer").Column("note")
				c.Name = "remark"
			},
			want: []string{"add_column customer.remark", "drop_column customer.note"},
			check: func(t *testing.T, cs []diff.Change) {
				if h := cs[1].(diff.DropColumn).RenameHint; h != "remark" {
					t.Errorf("RenameHint = %q, want remark", h)
				}
			},
		},
		{
			name: "undeclared rename to another kind has no hint",
			edit: func(d *schema.Schema) {
				tb := d.Table("customer")
				tb.Columns = slices.DeleteFunc(tb.Columns, func(c *schema.Column) bool { return c.Name == "note" })
				tb.Columns = append(tb.Columns, col("remark", "INTEGER", schema.KindInt, true))
			},
			want: []string{"add_column customer.remark", "drop_column customer.note"},
			check: func(t *testing.T, cs []diff.Change) {
				if h := cs[1].(diff.DropColumn).RenameHint; h != "" {
					t.Errorf("RenameHint = %q across kinds", h)
				}
			},
		},
		{
			name: "alter type",
			edit: func(d *schema.Schema) {
				c := d.Table("customer").Column("name")
				c.Type = schema.Type{Kind: schema.KindString, Raw: "VARCHAR(50)", Length: 50}
			},
			want: []string{"alter_type customer.name"},
		},
		{
			name: "domain constraints differ",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Checks: []string{"(VALUE >= 0)"}, Names: []string{"qty_check"}}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", NotNull: true, Checks: []string{"(VALUE >= 0)"}, Names: []string{"qty_check"}}
			},
			want: []string{"other customer.points"},
			check: func(t *testing.T, cs []diff.Change) {
				if m := cs[0].(diff.ModifyColumn); m.Detail != diff.DetailDomainConstraints {
					t.Errorf("detail = %q, want %q", m.Detail, diff.DetailDomainConstraints)
				}
			},
		},
		{
			name: "domain base type differs",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer"}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "bigint"}
			},
			want: []string{"other customer.points"},
			check: func(t *testing.T, cs []diff.Change) {
				if m := cs[0].(diff.ModifyColumn); m.Detail != diff.DetailDomainBase {
					t.Errorf("detail = %q, want %q", m.Detail, diff.DetailDomainBase)
				}
			},
		},
		{
			name: "domain default differs",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Default: "0"}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Default: "1"}
			},
			want: []string{"other customer.points"},
			check: func(t *testing.T, cs []diff.Change) {
				if m := cs[0].(diff.ModifyColumn); m.Detail != diff.DetailDomainDefault {
					t.Errorf("detail = %q, want %q", m.Detail, diff.DetailDomainDefault)
				}
			},
		},
		{
			name: "domain constraint names alone are no change",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Checks: []string{"(VALUE >= 0)"}, Names: []string{"a"}}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Checks: []string{"(VALUE >= 0)"}, Names: []string{"b"}}
			},
			want: []string{},
		},
		{
			name: "a desired type that does not say its domain is no change",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("points").Type.Domain = &schema.Domain{Base: "integer", Checks: []string{"(VALUE >= 0)"}}
			},
			edit: func(*schema.Schema) {},
			want: []string{},
		},
		{
			name: "type spelling differs only in case",
			edit: func(d *schema.Schema) { d.Table("customer").Column("note").Type.Raw = "text" },
			want: []string{},
		},
		{
			name: "set not null",
			edit: func(d *schema.Schema) { d.Table("customer").Column("email").Nullable = false },
			want: []string{"set_not_null customer.email"},
		},
		{
			name: "drop not null",
			edit: func(d *schema.Schema) { d.Table("customer").Column("name").Nullable = true },
			want: []string{"drop_not_null customer.name"},
		},
		{
			name: "set default",
			edit: func(d *schema.Schema) { d.Table("customer").Column("points").Default = str("0") },
			want: []string{"set_default customer.points"},
		},
		{
			name: "change default",
			edit: func(d *schema.Schema) { d.Table("customer").Column("status").Default = str("'closed'") },
			want: []string{"change_default customer.status"},
		},
		{
			name: "drop default",
			edit: func(d *schema.Schema) { d.Table("customer").Column("status").Default = nil },
			want: []string{"drop_default customer.status"},
		},
		{
			name: "several aspects of one column are separate changes in kind order",
			edit: func(d *schema.Schema) {
				c := d.Table("customer").Column("status")
				c.Type = schema.Type{Kind: schema.KindString, Raw: "VARCHAR(6)", Length: 6}
				c.Nullable, c.Default = false, nil
			},
			want: []string{"alter_type customer.status", "set_not_null customer.status", "drop_default customer.status"},
		},
		{
			name: "add index",
			edit: func(d *schema.Schema) {
				tb := d.Table("customer")
				tb.Indexes = append(tb.Indexes, index("customer_points_idx", false, "points"))
			},
			want: []string{"add_index customer.points"},
		},
		{
			name: "index renamed only is no change",
			edit: func(d *schema.Schema) { d.Table("customer").Indexes[1].Name = "idx_customer_name" },
			want: []string{},
		},
		{
			name: "drop index",
			edit: func(d *schema.Schema) { d.Table("customer").Indexes = d.Table("customer").Indexes[:1] },
			want: []string{"drop_index customer.name"},
		},
		{
			name: "add unique",
			edit: func(d *schema.Schema) {
				tb := d.Table("orders")
				tb.Indexes = append(tb.Indexes, index("orders_cust_total_key", true, "customer_id", "total"))
			},
			want: []string{"add_unique orders"},
			check: func(t *testing.T, cs []diff.Change) {
				if got := diff.Columns(cs[0]); !slices.Equal(got, []string{"customer_id", "total"}) {
					t.Errorf("Columns = %v", got)
				}
			},
		},
		{
			name: "drop unique",
			edit: func(d *schema.Schema) { d.Table("customer").Indexes = d.Table("customer").Indexes[1:] },
			want: []string{"drop_unique customer.email"},
		},
		{
			name: "index becoming unique is drop and add",
			edit: func(d *schema.Schema) { d.Table("customer").Indexes[1].Unique = true },
			want: []string{"drop_index customer.name", "add_unique customer.name"},
		},
		{
			name: "add foreign key",
			edit: func(d *schema.Schema) {
				tb := d.Table("customer")
				tb.ForeignKeys = append(tb.ForeignKeys, &schema.ForeignKey{Columns: []string{"points"}, RefTable: "orders", RefColumns: []string{"id"}})
			},
			want: []string{"add_foreign_key customer.points"},
		},
		{
			name: "drop foreign key",
			edit: func(d *schema.Schema) { d.Table("orders").ForeignKeys = nil },
			want: []string{"drop_foreign_key orders.customer_id"},
		},
		{
			name: "alter foreign key action",
			edit: func(d *schema.Schema) { d.Table("orders").ForeignKeys[0].OnDelete = "CASCADE" },
			want: []string{"other orders.customer_id"},
			check: func(t *testing.T, cs []diff.Change) {
				a, ok := cs[0].(diff.AlterForeignKey)
				if !ok || a.From.OnDelete != "" || a.To.OnDelete != "CASCADE" {
					t.Errorf("change = %#v, want AlterForeignKey to CASCADE", cs[0])
				}
			},
		},
		{
			name: "add check",
			edit: func(d *schema.Schema) {
				d.Table("orders").Checks = []*schema.Check{{Name: "orders_total_check", Expr: "total >= 0"}}
			},
			want: []string{"add_check orders"},
		},
		{
			name: "drop check",
			edit: func(d *schema.Schema) { d.Table("customer").Checks = nil },
			want: []string{"drop_check customer"},
		},
		{
			name: "alter named check",
			edit: func(d *schema.Schema) { d.Table("customer").Checks[0].Expr = "status IN ('active')" },
			want: []string{"alter_check customer"},
		},
		{
			name: "select check under another name is altered, not dropped and added",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Checks[0].Name = "" // SQLite's unnamed CHECK
			},
			edit: func(d *schema.Schema) { d.Table("customer").Checks[0].Expr = "status IN ('active', 'closed', 'lead')" },
			want: []string{"alter_check customer"},
		},
		{
			name: "other checks under another name stay a drop and an add",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Checks[0] = &schema.Check{Expr: "status <> 'x'"}
			},
			edit: func(d *schema.Schema) { d.Table("customer").Checks[0].Expr = "status IN ('active', 'closed', 'lead')" },
			want: []string{"add_check customer", "drop_check customer"},
		},
		{
			name: "check spelled differently is no change",
			edit: func(d *schema.Schema) { d.Table("customer").Checks[0].Expr = "(STATUS  in ('active','closed'))" },
			want: []string{},
		},
		{
			name: "alter primary key",
			edit: func(d *schema.Schema) { d.Table("orders").PrimaryKey = pk("id", "customer_id") },
			want: []string{"alter_primary_key orders"},
		},
		{
			name: "drop primary key",
			edit: func(d *schema.Schema) { d.Table("orders").PrimaryKey = nil },
			want: []string{"alter_primary_key orders.id"},
		},
		{
			name: "alter enum values",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("status").Type = schema.Type{Kind: schema.KindEnum, Raw: "status_t", EnumName: "status_t", Values: []string{"active", "closed"}}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("status").Type = schema.Type{Kind: schema.KindEnum, Raw: "status_t", EnumName: "status_t", Values: []string{"active", "closed", "banned"}}
			},
			want: []string{"alter_enum customer.status"},
		},
		{
			name: "other enum type is alter type",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Column("status").Type = schema.Type{Kind: schema.KindEnum, Raw: "status_t", EnumName: "status_t", Values: []string{"a"}}
			},
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("status").Type = schema.Type{Kind: schema.KindEnum, Raw: "state_t", EnumName: "state_t", Values: []string{"a"}}
			},
			want: []string{"alter_type customer.status"},
		},
		{
			name: "collation",
			edit: func(d *schema.Schema) { d.Table("customer").Column("name").Collation = "NOCASE" },
			want: []string{"other customer.name"},
			check: func(t *testing.T, cs []diff.Change) {
				if m := cs[0].(diff.ModifyColumn); m.Detail != "collation" {
					t.Errorf("Detail = %q, want collation", m.Detail)
				}
			},
		},
		{
			name: "autoincrement",
			edit: func(d *schema.Schema) { d.Table("orders").Column("id").AutoIncrement = true },
			want: []string{"other orders.id"},
			check: func(t *testing.T, cs []diff.Change) {
				if m := cs[0].(diff.ModifyColumn); m.Detail != "autoincrement" {
					t.Errorf("Detail = %q, want autoincrement", m.Detail)
				}
			},
		},
		{
			name: "changes sort by table then kind",
			edit: func(d *schema.Schema) {
				d.Tables = append(d.Tables, &schema.Table{Name: "aaa", Columns: []*schema.Column{col("id", "INTEGER", schema.KindInt, false)}})
				d.Table("orders").ForeignKeys = nil
				c := d.Table("customer")
				c.Columns = append(c.Columns, varchar("tier", 20, true))
				c.Column("email").Nullable = false
				c.Indexes = nil
			},
			want: []string{
				"add_table aaa",
				"add_column customer.tier", "set_not_null customer.email",
				"drop_index customer.name", "drop_unique customer.email",
				"drop_foreign_key orders.customer_id",
			},
		},
		{
			// MySQL: the default moves; name and note move with it, email
			// keeps the old collation spelled out, points has none.
			name: "table default collation",
			editActual: func(a *schema.Schema) {
				a.Table("customer").Options = map[string]string{"collation": "latin1_swedish_ci"}
			},
			edit: func(d *schema.Schema) {
				c := d.Table("customer")
				c.Options = map[string]string{"collation": "utf8mb4_general_ci"}
				c.Column("email").Collation = "latin1_swedish_ci"
				c.Column("status").Collation = "utf8mb4_bin"
			},
			want: []string{"alter_table_option customer", "other customer.name", "other customer.note", "other customer.status"},
			check: func(t *testing.T, cs []diff.Change) {
				for _, c := range cs[1:] {
					m := c.(diff.ModifyColumn)
					if m.From.Collation != "latin1_swedish_ci" {
						t.Errorf("%s: from collation %q, want latin1_swedish_ci spelled out", m.From.Name, m.From.Collation)
					}
				}
				if m := cs[1].(diff.ModifyColumn); m.To.Collation != "utf8mb4_general_ci" {
					t.Errorf("name: to collation %q, want utf8mb4_general_ci spelled out", m.To.Collation)
				}
			},
		},
		{
			// Where the dialect folds column names (MySQL), the plan
			// declares "Points" a rename of points (dialect.NameFolder).
			name: "column name case changed, declared as a rename",
			edit: func(d *schema.Schema) {
				c := d.Table("customer").Column("points")
				c.Name, c.Previously = "Points", []string{"points"}
			},
			want: []string{"rename_column customer.points"},
		},
		{
			name: "column made invisible",
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("note").Invisible = true
			},
			want: []string{"other customer.note"},
		},
		{
			name: "column name case changed where names are case-sensitive",
			edit: func(d *schema.Schema) {
				d.Table("customer").Column("points").Name = "Points"
			},
			want: []string{"add_column customer.Points", "drop_column customer.points"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			actual, desired := base(), base()
			if tt.editActual != nil {
				tt.editActual(actual)
				tt.editActual(desired)
			}
			tt.edit(desired)
			actual.Normalize()
			desired.Normalize()
			before := actual.Hash()
			got := diff.Compute(actual, desired)
			if d := describe(got); !slices.Equal(d, tt.want) {
				t.Fatalf("Compute:\n got %q\nwant %q", d, tt.want)
			}
			if tt.check != nil {
				tt.check(t, got)
			}
			// Convergence: carrying out the changes yields the desired schema.
			after := diff.Apply(actual, got)
			if rest := diff.Compute(after, desired); len(rest) != 0 {
				t.Errorf("Compute(Apply(actual, changes), desired) = %q, want empty", describe(rest))
			}
			if actual.Hash() != before {
				t.Error("Apply modified its input")
			}
			for _, c := range got {
				if c.String() == "" {
					t.Errorf("%T has an empty String", c)
				}
			}
		})
	}
}

// TestComputeDeterministic shuffles the inputs' table order many times:
// the changes must come out in one order, sorted by table, kind and column
// (added columns in the order the desired table declares them).
func TestComputeDeterministic(t *testing.T) {
	t.Parallel()
	edit := func(d *schema.Schema) {
		d.Tables = append(d.Tables, &schema.Table{Name: "zeta", Columns: []*schema.Column{col("id", "INTEGER", schema.KindInt, false)}},
			&schema.Table{Name: "alpha", Columns: []*schema.Column{col("id", "INTEGER", schema.KindInt, false)}})
		c := d.Table("customer")
		c.Columns = append(c.Columns, varchar("b", 1, true), varchar("a", 1, true))
		c.Column("name").Nullable = true
		c.Column("email").Nullable = false
		c.Checks = nil
		d.Table("orders").Column("total").Default = str("0")
	}
	var first []string
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 50; i++ {
		actual, desired := base(), base()
		edit(desired)
		rng.Shuffle(len(desired.Tables), func(i, j int) { desired.Tables[i], desired.Tables[j] = desired.Tables[j], desired.Tables[i] })
		rng.Shuffle(len(actual.Tables), func(i, j int) { actual.Tables[i], actual.Tables[j] = actual.Tables[j], actual.Tables[i] })
		got := describe(diff.Compute(actual, desired))
		if i == 0 {
			first = got
			continue
		}
		if !slices.Equal(got, first) {
			t.Fatalf("run %d: %q, first run %q", i, got, first)
		}
	}
	want := []string{
		"add_table alpha",
		"add_column customer.b", "add_column customer.a",
		"set_not_null customer.email", "drop_not_null customer.name",
		"drop_check customer",
		"set_default orders.total",
		"add_table zeta",
	}
	if !slices.Equal(first, want) {
		t.Errorf("order:\n got %q\nwant %q", first, want)
	}
}

// TestApplyRename checks that Apply carries a declared rename into the keys
// that name the renamed column and the tables that point at the renamed table.
func TestApplyRename(t *testing.T) {
	t.Parallel()
	actual, desired := base(), base()
	c := desired.Table("customer")
	c.Name, c.Previously = "client", []string{"customer"}
	id := c.Column("id")
	id.Name, id.Previously = "client_id", []string{"id"}
	c.PrimaryKey.Parts[0].Column = "client_id"
	fk := desired.Table("orders").ForeignKeys[0]
	fk.RefTable, fk.RefColumns = "client", []string{"client_id"}
	desired.Normalize()
	changes := diff.Compute(actual, desired)
	if got, want := describe(changes), []string{"rename_table customer", "rename_column customer.id"}; !slices.Equal(got, want) {
		t.Fatalf("Compute = %q, want %q", got, want)
	}
	after := diff.Apply(actual, changes)
	if got := after.Table("orders").ForeignKeys[0]; got.RefTable != "client" || got.RefColumns[0] != "client_id" {
		t.Errorf("orders FK after Apply = %s(%v), want client(client_id)", got.RefTable, got.RefColumns)
	}
	if pk := after.Table("client").PrimaryKey; pk == nil || pk.Parts[0].Column != "client_id" {
		t.Errorf("primary key after Apply = %+v, want client_id", pk)
	}
	if rest := diff.Compute(after, desired); len(rest) != 0 {
		t.Errorf("not converged: %q", describe(rest))
	}
}

func TestNormalizeExpr(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, a, b string
		equal      bool
	}{
		{name: "outer parentheses", a: "((a > 0))", b: "a > 0", equal: true},
		{name: "keyword case", a: "a IN (1, 2)", b: "a in (1,2)", equal: true},
		{name: "whitespace", a: "a   >\n 0", b: "a > 0", equal: true},
		{name: "string literal case kept", a: "s = 'A'", b: "s = 'a'", equal: false},
		{name: "unbalanced outer parentheses kept", a: "(a) OR (b)", b: "a) OR (b", equal: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			na, nb := diff.NormalizeExpr(tt.a), diff.NormalizeExpr(tt.b)
			if (na == nb) != tt.equal {
				t.Errorf("NormalizeExpr(%q) = %q, NormalizeExpr(%q) = %q, want equal=%v", tt.a, na, tt.b, nb, tt.equal)
			}
			if strings.TrimSpace(na) != na {
				t.Errorf("NormalizeExpr(%q) = %q has outer spaces", tt.a, na)
			}
		})
	}
}

func TestReplaceIdent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, expr, from, to string
		ic                   diff.IdentCase
		want                 string
	}{
		{"exact bare", "qty > 0", "qty", "x", diff.CaseExact, "x > 0"},
		{"exact other case", "QTY > 0", "qty", "x", diff.CaseExact, "QTY > 0"},
		{"sqlite any case", `QTY > 0 AND "Qty" < 9`, "qty", "x", diff.CaseFoldASCII, "x > 0 AND x < 9"},
		{"sqlite ascii only", "QTÉ > 0", "qté", "x", diff.CaseFoldASCII, "QTÉ > 0"},
		{"mysql backticks", "`QTY` > 0", "qty", "x", diff.CaseFold, "x > 0"},
		{"postgres bare folds", "QTY > 0", "qty", "x", diff.CaseFoldUnquoted, "x > 0"},
		{"postgres quoted exact", `"QTY" > 0`, "qty", "x", diff.CaseFoldUnquoted, `"QTY" > 0`},
		{"postgres quoted mixed", `"Qty" > 0 AND Qty > 1`, "Qty", "x", diff.CaseFoldUnquoted, `x > 0 AND Qty > 1`},
		{"literal kept", "kind IN ('kind', 'it''s kind')", "kind", "x", diff.CaseFold, "x IN ('kind', 'it''s kind')"},
		{"longer names kept", "qty2 + qty_x + t.qty", "qty", "x", diff.CaseExact, "qty2 + qty_x + t.x"},
		{"number kept", "1e5 > qty", "e5", "x", diff.CaseExact, "1e5 > qty"},
		{"adjacent", "qty+qty", "qty", "x", diff.CaseExact, "x+x"},
		{"doubled quote in name", `"a""b" = 1`, `a"b`, "x", diff.CaseExact, "x = 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := diff.ReplaceIdent(tt.expr, tt.from, tt.to, tt.ic); got != tt.want {
				t.Errorf("ReplaceIdent(%q, %q, %q, %v) = %q, want %q", tt.expr, tt.from, tt.to, tt.ic, got, tt.want)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	for _, c := range []struct {
		expr, name string
		ic         diff.IdentCase
		want       bool
	}{
		{"QTY > 0", "qty", diff.CaseFoldUnquoted, true},
		{`"QTY" > 0`, "qty", diff.CaseFoldUnquoted, false},
		{"kind IN ('qty')", "qty", diff.CaseFoldUnquoted, false},
		{"qty2 > 0", "qty", diff.CaseFoldUnquoted, false},
		{"`Qty` > 0", "qty", diff.CaseFold, true},
	} {
		if got := diff.Mentions(c.expr, c.name, c.ic); got != c.want {
			t.Errorf("Mentions(%q, %q, %v) = %v, want %v", c.expr, c.name, c.ic, got, c.want)
		}
	}
}

func TestSortAddsColumnsInDeclaredOrder(t *testing.T) {
	have := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "id"}}}
	want := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "id"}, {Name: "status"}, {Name: "created"}, {Name: "apple"}}}
	cs := diff.Compute(&schema.Schema{Tables: []*schema.Table{have}}, &schema.Schema{Tables: []*schema.Table{want}})
	var got []string
	for _, c := range cs {
		if a, ok := c.(diff.AddColumn); ok {
			got = append(got, a.Column.Name)
		}
	}
	if want := []string{"status", "created", "apple"}; !slices.Equal(got, want) {
		t.Fatalf("added columns in order %v, want %v", got, want)
	}
}
