package bench

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/schemaguard/schemaguard/schema"
)

// The column types the generator draws from, spelled as the SQLite dialect
// reads them back, so the generated schemas look like inspected ones.
var (
	typeInt      = schema.Type{Kind: schema.KindInt, Raw: "INTEGER"}
	typeBigInt   = schema.Type{Kind: schema.KindBigInt, Raw: "BIGINT"}
	typeText     = schema.Type{Kind: schema.KindText, Raw: "TEXT"}
	typeBool     = schema.Type{Kind: schema.KindBool, Raw: "BOOLEAN"}
	typeDateTime = schema.Type{Kind: schema.KindDateTime, Raw: "DATETIME"}
	typeReal     = schema.Type{Kind: schema.KindDouble, Raw: "REAL"}
	typeDecimal  = schema.Type{Kind: schema.KindDecimal, Raw: "DECIMAL(10,2)", Precision: 10, Scale: 2}
)

func varchar(n int) schema.Type {
	return schema.Type{Kind: schema.KindString, Raw: fmt.Sprintf("VARCHAR(%d)", n), Length: n}
}

func str(s string) *string { return &s }

// TableName is the name of the i-th generated table.
func TableName(i int) string { return fmt.Sprintf("t%04d", i) }

// Generate builds a schema of n tables that looks like an application's:
// an INTEGER PRIMARY KEY, 9 to 16 columns of mixed types and defaults, two
// or three indexes (one unique), a foreign key to an earlier table and, on
// every third table, a CHECK. The same n and seed give the same schema.
func Generate(n int, seed uint64) *schema.Schema {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	s := &schema.Schema{Dialect: "sqlite"}
	for i := range n {
		t := &schema.Table{Name: TableName(i), Options: map[string]string{}}
		t.Columns = []*schema.Column{
			{Name: "id", Type: typeInt, AutoIncrement: true},
			{Name: "name", Type: varchar(80)},
			{Name: "code", Type: varchar(40), Nullable: true},
			{Name: "qty", Type: typeText, Nullable: true},
			{Name: "amount", Type: typeDecimal, Default: str("0")},
			{Name: "active", Type: typeBool, Default: str("TRUE")},
			{Name: "created_at", Type: typeDateTime, Default: str("CURRENT_TIMESTAMP")},
			{Name: "note", Type: typeText, Nullable: true},
			{Name: "owner_id", Type: typeInt, Nullable: true},
		}
		if i > 0 {
			t.Columns = append(t.Columns, &schema.Column{Name: "parent_id", Type: typeInt, Nullable: true})
			t.ForeignKeys = []*schema.ForeignKey{{
				Columns: []string{"parent_id"}, RefTable: TableName(r.IntN(i)), RefColumns: []string{"id"},
				OnDelete: "CASCADE",
			}}
		}
		for k := range r.IntN(7) {
			extra := []schema.Type{typeBigInt, typeReal, typeText, varchar(120), typeBool, typeDateTime}
			t.Columns = append(t.Columns, &schema.Column{
				Name: fmt.Sprintf("x%d", k), Type: extra[r.IntN(len(extra))], Nullable: true,
			})
		}
		t.PrimaryKey = &schema.Index{Name: "PRIMARY", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}}
		t.Indexes = []*schema.Index{
			{Name: t.Name + "_name", Parts: []schema.IndexPart{{Column: "name"}}},
			{Name: t.Name + "_created", Parts: []schema.IndexPart{{Column: "created_at", Desc: true}, {Column: "active"}}},
		}
		if r.IntN(2) == 0 {
			t.Indexes = append(t.Indexes, &schema.Index{Name: t.Name + "_owner", Parts: []schema.IndexPart{{Column: "owner_id"}}})
		}
		if i%3 == 0 {
			t.Checks = []*schema.Check{{Expr: "amount >= 0"}}
		}
		s.Tables = append(s.Tables, t)
	}
	s.Normalize()
	return s
}

// Mutation is one kind of edit Mutate makes to a desired schema.
type Mutation int

// The edits, each producing one or more risky or safe changes.
const (
	AddNullableColumn Mutation = iota
	AddRequiredColumn
	DropColumn
	ShrinkVarchar
	TextToInt
	SetNotNull
	AddUnique
	AddForeignKey
	AddCheck
	RenameColumn
	ChangeDefault
	DropIndex
	numMutations
)

// Mutate returns a deep copy of actual with changes edits spread over its
// tables (at most one edit of each kind per table), plus two added and two
// dropped tables. renames controls whether RenameColumn edits declare
// previously (DocType-style) or become a drop and an add (plain SQL).
func Mutate(actual *schema.Schema, changes int, seed uint64, renames bool) *schema.Schema {
	r := rand.New(rand.NewPCG(seed, 0xd1ff))
	d := Clone(actual)
	done := map[[2]int]bool{}
	for made := 0; made < changes; {
		ti, m := r.IntN(len(d.Tables)), r.IntN(int(numMutations))
		if done[[2]int{ti, m}] {
			continue
		}
		done[[2]int{ti, m}] = true
		t := d.Tables[ti]
		switch Mutation(m) {
		case AddNullableColumn:
			t.Columns = append(t.Columns, &schema.Column{Name: "added_opt", Type: varchar(64), Nullable: true})
		case AddRequiredColumn:
			t.Columns = append(t.Columns, &schema.Column{Name: "added_req", Type: typeInt})
		case DropColumn:
			t.Columns = removeColumn(t.Columns, "note")
		case ShrinkVarchar:
			t.Column("code").Type = varchar(20)
		case TextToInt:
			t.Column("qty").Type = typeInt
		case SetNotNull:
			t.Column("code").Nullable = false
		case AddUnique:
			t.Indexes = append(t.Indexes, &schema.Index{Name: t.Name + "_code_key", Unique: true, Parts: []schema.IndexPart{{Column: "code"}}})
		case AddForeignKey:
			t.ForeignKeys = append(t.ForeignKeys, &schema.ForeignKey{
				Columns: []string{"owner_id"}, RefTable: d.Tables[0].Name, RefColumns: []string{"id"},
			})
		case AddCheck:
			t.Checks = append(t.Checks, &schema.Check{Expr: "length(code) > 3"})
		case RenameColumn:
			c := t.Column("name")
			if c == nil {
				continue
			}
			c.Name = "title"
			if renames {
				c.Previously = []string{"name"}
			}
			for _, ix := range t.Indexes {
				for k := range ix.Parts {
					if ix.Parts[k].Column == "name" {
						ix.Parts[k].Column = "title"
					}
				}
			}
		case ChangeDefault:
			t.Column("amount").Default = str("1")
		case DropIndex:
			t.Indexes = t.Indexes[1:]
		}
		made++
	}
	for i := range 2 {
		d.Tables = append(d.Tables, &schema.Table{
			Name:       fmt.Sprintf("zz_new_%d", i),
			Columns:    []*schema.Column{{Name: "id", Type: typeInt, AutoIncrement: true}, {Name: "label", Type: typeText, Nullable: true}},
			PrimaryKey: &schema.Index{Name: "PRIMARY", Unique: true, Parts: []schema.IndexPart{{Column: "id"}}},
			Options:    map[string]string{},
		})
	}
	// Drop the last two tables: nothing references a later table.
	d.Tables = append(d.Tables[:len(actual.Tables)-2], d.Tables[len(actual.Tables):]...)
	d.Normalize()
	return d
}

func removeColumn(cols []*schema.Column, name string) []*schema.Column {
	out := cols[:0:0]
	for _, c := range cols {
		if c.Name != name {
			out = append(out, c)
		}
	}
	return out
}

// Clone returns a deep copy of s.
func Clone(s *schema.Schema) *schema.Schema {
	c := &schema.Schema{Dialect: s.Dialect}
	for _, t := range s.Tables {
		tc := *t
		tc.Columns = nil
		for _, col := range t.Columns {
			cc := *col
			if col.Default != nil {
				cc.Default = str(*col.Default)
			}
			cc.Previously = append([]string(nil), col.Previously...)
			tc.Columns = append(tc.Columns, &cc)
		}
		tc.PrimaryKey = cloneIndex(t.PrimaryKey)
		tc.Indexes = nil
		for _, ix := range t.Indexes {
			tc.Indexes = append(tc.Indexes, cloneIndex(ix))
		}
		tc.ForeignKeys = nil
		for _, fk := range t.ForeignKeys {
			fc := *fk
			fc.Columns = append([]string(nil), fk.Columns...)
			fc.RefColumns = append([]string(nil), fk.RefColumns...)
			tc.ForeignKeys = append(tc.ForeignKeys, &fc)
		}
		tc.Checks = nil
		for _, ck := range t.Checks {
			kc := *ck
			tc.Checks = append(tc.Checks, &kc)
		}
		tc.Options = map[string]string{}
		for k, v := range t.Options {
			tc.Options[k] = v
		}
		c.Tables = append(c.Tables, &tc)
	}
	return c
}

func cloneIndex(ix *schema.Index) *schema.Index {
	if ix == nil {
		return nil
	}
	c := *ix
	c.Parts = append([]schema.IndexPart(nil), ix.Parts...)
	return &c
}

// DDL renders a generated schema as SQLite CREATE TABLE and CREATE INDEX
// statements, parents before children.
func DDL(s *schema.Schema) []string {
	tables := append([]*schema.Table(nil), s.Tables...)
	sort.SliceStable(tables, func(i, j int) bool { return tables[i].Name < tables[j].Name })
	var out []string
	for _, t := range tables {
		var defs []string
		for _, c := range t.Columns {
			def := quote(c.Name) + " " + c.Type.Raw
			if c.AutoIncrement {
				def += " PRIMARY KEY"
			} else if !c.Nullable {
				def += " NOT NULL"
			}
			if c.Default != nil {
				def += " DEFAULT " + defaultSQL(*c.Default)
			}
			defs = append(defs, def)
		}
		for _, fk := range t.ForeignKeys {
			def := fmt.Sprintf("FOREIGN KEY (%s) REFERENCES %s (%s)", quoteAll(fk.Columns), quote(fk.RefTable), quoteAll(fk.RefColumns))
			if fk.OnDelete != "" {
				def += " ON DELETE " + fk.OnDelete
			}
			defs = append(defs, def)
		}
		for _, ck := range t.Checks {
			defs = append(defs, "CHECK ("+ck.Expr+")")
		}
		out = append(out, fmt.Sprintf("CREATE TABLE %s (\n  %s\n)", quote(t.Name), strings.Join(defs, ",\n  ")))
		for _, ix := range t.Indexes {
			var parts []string
			for _, p := range ix.Parts {
				part := quote(p.Column)
				if p.Desc {
					part += " DESC"
				}
				parts = append(parts, part)
			}
			kw := "INDEX"
			if ix.Unique {
				kw = "UNIQUE INDEX"
			}
			out = append(out, fmt.Sprintf("CREATE %s %s ON %s (%s)", kw, quote(ix.Name), quote(t.Name), strings.Join(parts, ", ")))
		}
	}
	return out
}

// defaultSQL wraps a default that is not a literal in parentheses, as
// SQLite requires for expressions.
func defaultSQL(d string) string {
	if d == "CURRENT_TIMESTAMP" {
		return d
	}
	if strings.ContainsAny(d, "( ") {
		return "(" + d + ")"
	}
	return d
}

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quote(n)
	}
	return strings.Join(q, ", ")
}
